package com.benchcrm.function.runtime.customresource;

import com.amazonaws.services.lambda.runtime.events.CloudFormationCustomResourceEvent;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The document CloudFormation expects at a custom resource's pre-signed response URL.
 *
 * @param reason required for FAILED; shown in the stack's events, so it never holds a secret
 */
public record CustomResourceResponse(
        @JsonProperty("Status") Status status,
        @JsonProperty("Reason") String reason,
        @JsonProperty("PhysicalResourceId") String physicalResourceId,
        @JsonProperty("StackId") String stackId,
        @JsonProperty("RequestId") String requestId,
        @JsonProperty("LogicalResourceId") String logicalResourceId,
        @JsonProperty("NoEcho") boolean noEcho,
        @JsonProperty("Data") Map<String, String> data) {

    /** The two outcomes CloudFormation knows. */
    public enum Status {
        SUCCESS,
        FAILED
    }

    /** CloudFormation refuses response bodies over 4096 bytes; the reason is the part that can grow. */
    public static final int MAX_REASON_CHARS = 1_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    public static CustomResourceResponse success(
            CloudFormationCustomResourceEvent event, String physicalId, Map<String, String> data, String reason) {
        return new CustomResourceResponse(
                Status.SUCCESS,
                truncate(reason),
                physicalId,
                event.getStackId(),
                event.getRequestId(),
                event.getLogicalResourceId(),
                false,
                Map.copyOf(data));
    }

    public static CustomResourceResponse failure(
            CloudFormationCustomResourceEvent event, String physicalId, String reason) {
        return new CustomResourceResponse(
                Status.FAILED,
                truncate(reason == null ? "failed" : reason),
                physicalId,
                event.getStackId(),
                event.getRequestId(),
                event.getLogicalResourceId(),
                false,
                Map.of());
    }

    public byte[] toJson() {
        try {
            return JSON.writeValueAsString(this).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String truncate(String s) {
        return s == null || s.length() <= MAX_REASON_CHARS ? s : s.substring(0, MAX_REASON_CHARS - 1) + "…";
    }
}

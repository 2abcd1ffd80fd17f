package com.benchcrm.function.provisioning;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.CloudFormationCustomResourceEvent;
import java.net.URI;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;

/**
 * What every custom-resource entry point of this artifact does around its own work: answer
 * CloudFormation exactly once, success or failure (a failed Create gets the physical id
 * {@code failed:<request id>}, so its later Delete is recognisable), and read properties with errors
 * that name the resource type and property.
 */
final class CustomResources {

    /** The physical id of a resource whose Create failed. */
    static final String FAILED_PREFIX = "failed:";

    private CustomResources() {
    }

    /** A resource's physical id and the attributes {@code Fn::GetAtt} can read. */
    record Outcome(String physicalId, Map<String, String> data) {
    }

    /** Runs {@code work} and puts the response to the event's pre-signed URL, whatever happened. */
    static void answer(CloudFormationCustomResourceEvent event, Context context, ResponseUploader uploader, Logger log,
                       Function<CloudFormationCustomResourceEvent, Outcome> work) {
        String where = context == null ? "" : " (log stream " + context.getLogStreamName() + ")";
        CustomResourceResponse response;
        try {
            Outcome outcome = work.apply(event);
            response = CustomResourceResponse.success(event, outcome.physicalId(), outcome.data(),
                    event.getRequestType() + " " + event.getResourceType() + " done" + where);
            log.info("{} {} {} succeeded: {}", event.getRequestType(), event.getResourceType(),
                    event.getLogicalResourceId(), outcome.physicalId());
        } catch (RuntimeException e) {
            log.error("{} {} {} failed", event.getRequestType(), event.getResourceType(), event.getLogicalResourceId(), e);
            String physicalId = event.getPhysicalResourceId() != null ? event.getPhysicalResourceId()
                    : FAILED_PREFIX + event.getRequestId();
            response = CustomResourceResponse.failure(event, physicalId, e.getMessage() + where);
        }
        uploader.put(URI.create(event.getResponseUrl()), response);
    }

    static Map<String, Object> properties(CloudFormationCustomResourceEvent event) {
        return event.getResourceProperties() == null ? Map.of() : event.getResourceProperties();
    }

    /** A property's trimmed text; a failure naming the type and property when it is missing or blank. */
    static String required(Map<String, Object> props, String key, String type) {
        Object v = props.get(key);
        if (v == null || v.toString().isBlank()) {
            throw new IllegalArgumentException("a " + type + " needs the property " + key);
        }
        return v.toString().trim();
    }

    /** A property that is a whole number (CloudFormation passes every property as text). */
    static int wholeNumber(Map<String, Object> props, String key, String type) {
        String text = required(props, key, type);
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, not " + text);
        }
    }
}

package com.benchcrm.local.lambda;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * S3 {@code ObjectCreated:Put} notifications, the shape S3 sends to Lambda, for objects the
 * embedded stack stored in its local raw-mail folder. {@code eventSource} says who stored it
 * ({@code benchcrm:smtp}, {@code benchcrm:cli}); the envelope recipients travel in a
 * {@code benchcrm} member (S3 has no such thing; the function reads it when present).
 *
 * <pre>{@code
 * byte[] event = S3Events.objectCreated("local", "raw/acme/0193...", "benchcrm:smtp", List.of("acme@ingest.localhost"), size);
 * }</pre>
 */
public final class S3Events {

    private static final ObjectMapper JSON = new ObjectMapper();

    private S3Events() {}

    public static byte[] objectCreated(
            String bucket, String key, String eventSource, List<String> recipients, long size) {
        ObjectNode record = JSON.createObjectNode();
        record.put("eventVersion", "2.1");
        record.put("eventSource", eventSource);
        record.put("awsRegion", "local");
        record.put("eventTime", Instant.now().toString());
        record.put("eventName", "ObjectCreated:Put");
        ObjectNode s3 = record.putObject("s3");
        s3.put("s3SchemaVersion", "1.0");
        s3.putObject("bucket").put("name", bucket);
        s3.putObject("object")
                .put("key", URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/"))
                .put("size", size);
        ArrayNode r = record.putObject("benchcrm").putArray("recipients");
        recipients.forEach(r::add);
        ObjectNode event = JSON.createObjectNode();
        event.putArray("Records").add(record);
        try {
            return JSON.writeValueAsBytes(event);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

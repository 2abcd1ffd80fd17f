package com.benchcrm.function.matching;

import com.benchcrm.tenancy.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * The sample events of {@code events/matching/} (the files {@code sam local invoke -e} uses),
 * with what one test case changes: the event type, tenant and ids, the message id, the receive
 * count; several records make one batch.
 */
final class SampleEvents {

    static final ObjectMapper JSON = new ObjectMapper();

    private SampleEvents() {}

    static ObjectNode load(String name) {
        try (InputStream in =
                SampleEvents.class.getClassLoader().getResourceAsStream("events/matching/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no sample event " + name);
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A record of the sample {@code name} carrying a {@code type} event about {@code entity}. */
    static ObjectNode record(
            String name, String type, TenantId tenant, UUID entity, UUID eventId, String messageId, int receiveCount) {
        ObjectNode record = (ObjectNode) load(name).path("Records").get(0);
        try {
            ObjectNode body = (ObjectNode) JSON.readTree(record.path("body").asText());
            body.put("detail-type", type);
            ObjectNode detail = (ObjectNode) body.path("detail");
            detail.put("type", type).put("tenant", tenant.value().toString()).put("id", eventId.toString());
            ((ObjectNode) detail.path("data")).put("id", entity.toString());
            record.put("body", body.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        record.put("messageId", messageId);
        ((ObjectNode) record.path("attributes")).put("ApproximateReceiveCount", Integer.toString(receiveCount));
        return record;
    }

    /** The poison sample as one record. */
    static ObjectNode poison(String messageId) {
        ObjectNode record = (ObjectNode) load("poison").path("Records").get(0);
        return record.put("messageId", messageId);
    }

    static byte[] batch(JsonNode... records) {
        ObjectNode event = JSON.createObjectNode();
        event.putArray("Records").addAll(java.util.List.of(records));
        try {
            return JSON.writeValueAsBytes(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode response(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package com.benchcrm.function.webhookdelivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * A sample event from {@code events/webhook-delivery/} (the files {@code sam local invoke -e} uses),
 * with what one test case changes: the record body's tenant and ids, the receive count.
 */
final class WebhookEvent {

    static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode event;

    private WebhookEvent(ObjectNode event) {
        this.event = event;
    }

    static WebhookEvent load(String name) {
        try (InputStream in =
                WebhookEvent.class.getClassLoader().getResourceAsStream("events/webhook-delivery/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no sample event " + name);
            }
            return new WebhookEvent((ObjectNode) JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ObjectNode record() {
        return (ObjectNode) event.path("Records").get(0);
    }

    ObjectNode body() {
        try {
            return (ObjectNode) JSON.readTree(record().path("body").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebhookEvent body(JsonNode body) {
        record().put("body", body.toString());
        return this;
    }

    /** The EventBridge event's envelope with this tenant and a fresh event id. */
    WebhookEvent envelope(UUID tenant, UUID eventId) {
        ObjectNode body = body();
        ((ObjectNode) body.path("detail")).put("tenant", tenant.toString()).put("id", eventId.toString());
        return body(body);
    }

    WebhookEvent timer(UUID tenant, UUID delivery, UUID token) {
        ObjectNode body = body();
        ((ObjectNode) body.path("webhookTimer"))
                .put("tenant", tenant.toString())
                .put("delivery", delivery.toString())
                .put("token", token.toString());
        return body(body);
    }

    WebhookEvent receiveCount(int n) {
        ((ObjectNode) record().path("attributes")).put("ApproximateReceiveCount", Integer.toString(n));
        return this;
    }

    WebhookEvent messageId(String id) {
        record().put("messageId", id);
        return this;
    }

    byte[] bytes() {
        try {
            return JSON.writeValueAsBytes(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

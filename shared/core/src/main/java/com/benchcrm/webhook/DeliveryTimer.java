package com.benchcrm.webhook;

import com.benchcrm.common.Json;
import com.benchcrm.events.MalformedEventException;
import com.benchcrm.tenancy.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.UUID;

/**
 * Port: wakes the dispatcher for one delivery at (or after) a given instant. The SQS adapter sends
 * a message with a delay (at most 15 minutes; a longer wait takes several hops), so retries need no
 * scheduler and survive restarts.
 */
@FunctionalInterface
public interface DeliveryTimer {

    void schedule(Message message, Instant due);

    /**
     * A timer: the tenant, the delivery, and the token that makes it the delivery's current timer
     * (a duplicated or superseded timer carries another token and is dropped).
     */
    record Message(TenantId tenant, UUID delivery, UUID token) {

        public static final String FIELD = "webhookTimer";

        public String toJson() {
            ObjectNode root = Json.strict().createObjectNode();
            root.putObject(FIELD)
                    .put("tenant", tenant.toString())
                    .put("delivery", delivery.toString())
                    .put("token", token.toString());
            return Json.write(root);
        }

        public static boolean isTimer(JsonNode message) {
            return message.has(FIELD);
        }

        public static Message fromNode(JsonNode message) {
            JsonNode t = message.path(FIELD);
            try {
                return new Message(
                        TenantId.parse(t.path("tenant").asText()),
                        UUID.fromString(t.path("delivery").asText()),
                        UUID.fromString(t.path("token").asText()));
            } catch (IllegalArgumentException e) {
                throw new MalformedEventException("a malformed webhook timer: " + e.getMessage());
            }
        }
    }
}

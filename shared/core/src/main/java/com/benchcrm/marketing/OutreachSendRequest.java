package com.benchcrm.marketing;

import com.benchcrm.common.Json;
import com.benchcrm.tenancy.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One queued recipient on the send queue (ADR 0095): the body of an SQS message, {@code
 * {"tenant":"<uuid>","message":"<uuid>"}}, naming an {@code outreach_message} row. It carries no address
 * and no text: the worker reads both under the tenant's row-level security, so a forged or stale message
 * can at most ask for a send that {@link OutreachSender#send} would do anyway (or refuse).
 *
 * <pre>{@code
 * String body = new OutreachSendRequest(tenant, messageId).toJson();
 * OutreachSendRequest r = OutreachSendRequest.parse(body); // IllegalArgumentException when malformed
 * }</pre>
 */
public record OutreachSendRequest(TenantId tenant, UUID message) {

    public String toJson() {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("tenant", tenant.value().toString());
        body.put("message", message.toString());
        return Json.write(body);
    }

    /** @throws IllegalArgumentException when {@code body} is not a send request (a poison message) */
    public static OutreachSendRequest parse(String body) {
        JsonNode node;
        try {
            node = Json.strict().readTree(body);
        } catch (java.io.IOException | RuntimeException e) {
            throw new IllegalArgumentException("the send request is not JSON", e);
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("the send request is not a JSON object");
        }
        try {
            return new OutreachSendRequest(
                    new TenantId(UUID.fromString(node.path("tenant").asText())),
                    UUID.fromString(node.path("message").asText()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the send request needs a tenant and a message id (UUIDs)", e);
        }
    }
}

package com.benchcrm.events;

import com.benchcrm.common.Json;
import com.benchcrm.tenancy.TenantId;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.UUID;

/**
 * One domain event in its envelope ({@code events/schemas/envelope.v1.schema.json}): the same JSON
 * is the EventBridge event's {@code detail}, the body consumers read and the body of a partner
 * webhook.
 *
 * <pre>{@code
 * DomainEvent e = DomainEvent.parse(sqsRecordDetailJson);
 * if (processed.firstTime(session, "embed", e)) { ... }
 * }</pre>
 *
 * @param id      the outbox row's id (UUIDv7); the same on every redelivery, so consumers dedupe on it
 * @param type    a type of the {@link EventCatalog}
 * @param version the version of the type's data schema
 * @param tenant  the tenant the event belongs to
 * @param time    when the change committed
 * @param traceId the trace id of the request that caused it, empty when there was none
 * @param data    the type's payload (identifiers and versions, no personal data)
 */
public record DomainEvent(
        UUID id, String type, int version, TenantId tenant, Instant time, String traceId, JsonNode data) {

    public DomainEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
        if (version < 1) {
            throw new IllegalArgumentException("event version must be at least 1");
        }
        traceId = traceId == null ? "" : traceId;
    }

    /** The envelope as JSON, fields in the documented order. */
    public String toJson() {
        return Json.write(toNode());
    }

    public ObjectNode toNode() {
        ObjectNode node = Json.strict().createObjectNode();
        node.put("id", id.toString());
        node.put("type", type);
        node.put("version", version);
        node.put("tenant", tenant.value().toString());
        node.put("time", time.toString());
        node.put("traceId", traceId);
        node.set("data", data);
        return node;
    }

    /**
     * Reads an envelope strictly.
     *
     * @throws MalformedEventException when the JSON is not an envelope (a poison message: retrying cannot help)
     */
    public static DomainEvent parse(String json) {
        try {
            return fromNode(Json.strict().readTree(json));
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("not JSON: " + e.getOriginalMessage());
        }
    }

    public static DomainEvent fromNode(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new MalformedEventException("an event envelope must be a JSON object");
        }
        for (String field : new String[] {"id", "type", "version", "tenant", "time", "traceId", "data"}) {
            if (!node.has(field)) {
                throw new MalformedEventException("the envelope has no '" + field + "'");
            }
        }
        if (node.size() != 7) {
            throw new MalformedEventException(
                    "the envelope has fields beyond id, type, version, tenant, time, traceId, data");
        }
        if (!node.get("version").canConvertToInt()
                || !node.get("version").isIntegralNumber()
                || !node.get("data").isObject()) {
            throw new MalformedEventException("'version' must be an integer and 'data' an object");
        }
        try {
            return new DomainEvent(
                    UUID.fromString(node.get("id").asText()),
                    node.get("type").asText(),
                    node.get("version").asInt(),
                    TenantId.parse(node.get("tenant").asText()),
                    Instant.parse(node.get("time").asText()),
                    node.get("traceId").asText(),
                    node.get("data"));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new MalformedEventException("a field of the envelope is malformed: " + e.getMessage());
        }
    }
}

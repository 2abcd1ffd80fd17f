package com.benchcrm.function.matching;

import com.benchcrm.common.Json;
import com.benchcrm.events.DomainEvent;
import com.benchcrm.events.EventCatalog;
import com.benchcrm.events.MalformedEventException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.UUID;

/**
 * Reads an SQS record body that EventBridge delivered: its JSON, the BenchCRM envelope in
 * {@code detail}. Anything else is poison ({@link MalformedEventException}).
 */
final class BusEvents {

    private BusEvents() {}

    /**
     * @param accepted the event types this consumer handles; another type is poison (a routing mistake)
     * @throws MalformedEventException when the body is not such an event
     */
    static DomainEvent parse(String body, Set<String> accepted) {
        JsonNode message;
        try {
            message = Json.strict().readTree(body);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("the message body is not JSON");
        }
        if (message == null || !message.isObject() || !message.has("detail-type") || !message.has("detail")) {
            throw new MalformedEventException("the message body is not an EventBridge event");
        }
        if (!EventCatalog.SOURCE.equals(message.path("source").asText())) {
            throw new MalformedEventException(
                    "an event from source " + message.path("source").asText() + ", not benchcrm");
        }
        DomainEvent event = DomainEvent.fromNode(message.get("detail"));
        if (!accepted.contains(event.type())) {
            throw new MalformedEventException("this consumer handles "
                    + String.join(", ", accepted.stream().sorted().toList()) + ", not " + event.type());
        }
        return event;
    }

    /** The {@code data.id} of an entity event. */
    static UUID entityId(DomainEvent event) {
        try {
            return UUID.fromString(event.data().path("id").asText());
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException(event.type() + " without a valid data.id");
        }
    }
}

package com.benchcrm.function.notifications;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.benchcrm.common.Json;
import com.benchcrm.events.DomainEvent;
import com.benchcrm.events.EventCatalog;
import com.benchcrm.events.MalformedEventException;
import com.benchcrm.function.runtime.sqs.SqsBatch;
import com.benchcrm.function.runtime.sqs.SqsMessage;
import com.benchcrm.notification.NotificationFanOut;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One SQS batch of the notify queue: each record is an EventBridge event whose {@code detail} is the
 * envelope; {@link NotificationFanOut#handle} writes its notifications in one transaction with the
 * processed-event record, so a redelivery notifies nobody twice. Failure policy: {@link SqsBatch}
 * (partial batch failures; poison and last receives to the DLQ with the reason).
 */
public final class NotifyBatchHandler {

    private static final Logger LOG = LoggerFactory.getLogger(NotifyBatchHandler.class);

    private final NotificationFanOut fanOut;
    private final SqsBatch batch;

    public NotifyBatchHandler(NotificationFanOut fanOut, SqsBatch batch) {
        this.fanOut = fanOut;
        this.batch = batch;
    }

    public SQSBatchResponse handle(List<SqsMessage> messages) {
        return batch.each(messages, m -> notify(m.body()));
    }

    private void notify(String body) {
        DomainEvent event = parse(body);
        int n = fanOut.handle(event);
        LOG.info("event {} ({}): {} notification(s)", event.id(), event.type(), n);
    }

    /** @throws MalformedEventException when the body is not a BenchCRM event on EventBridge */
    static DomainEvent parse(String body) {
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
        return DomainEvent.fromNode(message.get("detail"));
    }
}

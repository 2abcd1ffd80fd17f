package com.benchcrm.worker;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.benchcrm.common.Json;
import com.benchcrm.events.DomainEvent;
import com.benchcrm.events.EventCatalog;
import com.benchcrm.events.MalformedEventException;
import com.benchcrm.webhook.DeliveryTimer;
import com.benchcrm.webhook.WebhookDispatcher;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One SQS batch of the webhook queue: each record is either an event from the bus (EventBridge's
 * JSON, the envelope in {@code detail}) or a retry timer, handed to the {@link WebhookDispatcher}.
 *
 * <p>A record that fails is reported in {@code batchItemFailures}, so only it comes back. A poison
 * record (not an event or a timer: retrying cannot help) goes to the DLQ at once with its error, as
 * does a record on its last allowed receive; neither blocks the queue.
 */
public final class WebhookBatchHandler {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookBatchHandler.class);

    private final WebhookDispatcher dispatcher;
    private final DeadLetters deadLetters;
    private final int maxReceives;

    public WebhookBatchHandler(WebhookDispatcher dispatcher, DeadLetters deadLetters, int maxReceives) {
        this.dispatcher = dispatcher;
        this.deadLetters = deadLetters;
        this.maxReceives = maxReceives;
    }

    public SQSBatchResponse handle(JsonNode sqsEvent) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (JsonNode record : sqsEvent.path("Records")) {
            String messageId = record.path("messageId").asText();
            String body = record.path("body").asText();
            int receiveCount = record.path("attributes").path("ApproximateReceiveCount").asInt(1);
            try {
                handle(body);
            } catch (MalformedEventException e) {
                LOG.warn("poison message {} goes to the DLQ: {}", messageId, e.getMessage());
                deadLetter(body, messageId, receiveCount, e, failures);
            } catch (RuntimeException e) {
                if (receiveCount >= maxReceives) {
                    LOG.warn("message {} failed on its last receive ({}) and goes to the DLQ: {}", messageId, receiveCount, e.toString());
                    deadLetter(body, messageId, receiveCount, e, failures);
                } else {
                    LOG.info("message {} failed (receive {}), it will come back: {}", messageId, receiveCount, e.toString());
                    failures.add(failure(messageId));
                }
            }
        }
        return SQSBatchResponse.builder().withBatchItemFailures(failures).build();
    }

    private void handle(String body) {
        JsonNode message;
        try {
            message = Json.strict().readTree(body);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("the message body is not JSON");
        }
        if (message == null || !message.isObject()) {
            throw new MalformedEventException("the message body is not a JSON object");
        }
        if (DeliveryTimer.Message.isTimer(message)) {
            dispatcher.onTimer(DeliveryTimer.Message.fromNode(message));
        } else if (message.has("detail-type") && message.has("detail")) {
            if (!EventCatalog.SOURCE.equals(message.path("source").asText())) {
                throw new MalformedEventException("an event from source " + message.path("source").asText() + ", not benchcrm");
            }
            dispatcher.onEvent(DomainEvent.fromNode(message.get("detail")));
        } else {
            throw new MalformedEventException("neither an EventBridge event nor a webhook timer");
        }
    }

    private void deadLetter(String body, String messageId, int receiveCount, RuntimeException e,
                            List<SQSBatchResponse.BatchItemFailure> failures) {
        try {
            deadLetters.send(body, messageId, receiveCount, e);
        } catch (RuntimeException sendFailed) {
            // Left to SQS: it comes back, and the queue's redrive moves it after maxReceiveCount.
            LOG.warn("could not move message {} to the DLQ: {}", messageId, sendFailed.toString());
            failures.add(failure(messageId));
        }
    }

    private static SQSBatchResponse.BatchItemFailure failure(String messageId) {
        return SQSBatchResponse.BatchItemFailure.builder().withItemIdentifier(messageId).build();
    }
}

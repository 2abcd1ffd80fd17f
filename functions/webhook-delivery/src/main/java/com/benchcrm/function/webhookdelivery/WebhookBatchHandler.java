package com.benchcrm.function.webhookdelivery;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.benchcrm.common.Json;
import com.benchcrm.events.DomainEvent;
import com.benchcrm.events.EventCatalog;
import com.benchcrm.events.MalformedEventException;
import com.benchcrm.function.runtime.sqs.SqsBatch;
import com.benchcrm.function.runtime.sqs.SqsMessage;
import com.benchcrm.webhook.DeliveryTimer;
import com.benchcrm.webhook.WebhookDispatcher;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One SQS batch of the webhook queue: each message is either an event from the bus (EventBridge's
 * JSON, the envelope in {@code detail}) or a retry timer, handed to the {@link WebhookDispatcher}.
 * Failure policy: {@link SqsBatch} (a failed message comes back; poison and last-receive messages go
 * to the DLQ with their error).
 */
public final class WebhookBatchHandler {

    private final WebhookDispatcher dispatcher;
    private final SqsBatch batch;

    public WebhookBatchHandler(WebhookDispatcher dispatcher, SqsBatch batch) {
        this.dispatcher = dispatcher;
        this.batch = batch;
    }

    public SQSBatchResponse handle(List<SqsMessage> messages) {
        return batch.each(messages, m -> handle(m.body()));
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
}

package com.benchcrm.function.webhookdelivery;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.benchcrm.function.runtime.sqs.SqsBatch;
import com.benchcrm.function.runtime.sqs.SqsMessage;
import com.benchcrm.webhook.WebhookBatch;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One SQS batch of the webhook queue: the messages (bus events and retry timers) are handled at once
 * by the {@link WebhookBatch} within a deadline below the invocation's remaining time; the failures
 * then get the queue's policy ({@link SqsBatch}: a failed message comes back; a poison message or one
 * on its last receive goes to the DLQ with its error). A delivery that could not start before the
 * deadline is deferred by the dispatcher and its message counts as done, so a slow receiver of one
 * tenant never costs another tenant's message a receive (ADR 0055).
 */
public final class WebhookBatchHandler {

    private final WebhookBatch webhooks;
    private final SqsBatch batch;

    public WebhookBatchHandler(WebhookBatch webhooks, SqsBatch batch) {
        this.webhooks = webhooks;
        this.batch = batch;
    }

    /** @param remaining the invocation's remaining time (Lambda's context), empty outside Lambda */
    public SQSBatchResponse handle(List<SqsMessage> messages, Optional<Duration> remaining) {
        List<Optional<RuntimeException>> outcomes = webhooks.handle(messages.stream().map(SqsMessage::body).toList(), remaining);
        Map<SqsMessage, RuntimeException> failures = new LinkedHashMap<>();
        for (int i = 0; i < messages.size(); i++) {
            SqsMessage m = messages.get(i);
            outcomes.get(i).ifPresent(e -> failures.put(m, e));
        }
        return batch.settle(messages, failures);
    }

    public SQSBatchResponse handle(List<SqsMessage> messages) {
        return handle(messages, Optional.empty());
    }
}

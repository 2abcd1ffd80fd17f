package com.benchcrm.function.webhookdelivery;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.benchcrm.queue.sqs.SqsBatch;
import com.benchcrm.webhook.WebhookBatch;
import com.fasterxml.jackson.databind.JsonNode;
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
    public SQSBatchResponse handle(JsonNode sqsEvent, Optional<Duration> remaining) {
        List<SqsBatch.Record> records = SqsBatch.records(sqsEvent);
        List<Optional<RuntimeException>> outcomes = webhooks.handle(records.stream().map(SqsBatch.Record::body).toList(), remaining);
        Map<SqsBatch.Record, RuntimeException> failures = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            SqsBatch.Record r = records.get(i);
            outcomes.get(i).ifPresent(e -> failures.put(r, e));
        }
        List<SQSBatchResponse.BatchItemFailure> reported = batch.settle(records, failures).stream()
                .map(id -> SQSBatchResponse.BatchItemFailure.builder().withItemIdentifier(id).build())
                .toList();
        return SQSBatchResponse.builder().withBatchItemFailures(reported).build();
    }

    public SQSBatchResponse handle(JsonNode sqsEvent) {
        return handle(sqsEvent, Optional.empty());
    }
}

package com.benchcrm.queue.sqs;

import com.benchcrm.events.MalformedEventException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The failure policy of a BenchCRM SQS consumer (a Lambda function with {@code ReportBatchItemFailures}):
 * a record that fails is reported, so only it comes back; a poison record
 * ({@link MalformedEventException}: retrying cannot help) goes to the DLQ at once with its error, as
 * does a record that fails on its last allowed receive; neither blocks the queue. If the DLQ cannot
 * be reached, the record is reported failed and SQS's redrive moves it after maxReceiveCount.
 *
 * <pre>{@code
 * SqsBatch batch = new SqsBatch(new MessageDeadLetters(sqs, dlqUrl, clock), 5);
 * List<String> failed = batch.each(sqsEvent, record -> handle(record.body()));     // one at a time
 * List<String> failed = batch.settle(records, failuresOfTheWholeBatch);            // or a whole batch at once
 * }</pre>
 *
 * The returned message ids are the response's {@code batchItemFailures}.
 */
public final class SqsBatch {

    private static final Logger LOG = LoggerFactory.getLogger(SqsBatch.class);

    /** One record of an SQS event. */
    public record Record(String messageId, String body, int receiveCount) {
    }

    private final MessageDeadLetters deadLetters;
    private final int maxReceives;

    /**
     * @param maxReceives the queue's maxReceiveCount: a failure on this receive is the last
     */
    public SqsBatch(MessageDeadLetters deadLetters, int maxReceives) {
        if (maxReceives < 1) {
            throw new IllegalArgumentException("maxReceives must be at least 1");
        }
        this.deadLetters = deadLetters;
        this.maxReceives = maxReceives;
    }

    /** The records of an SQS event ({@code Records[].messageId, body, attributes.ApproximateReceiveCount}). */
    public static List<Record> records(JsonNode sqsEvent) {
        List<Record> out = new ArrayList<>();
        for (JsonNode r : sqsEvent.path("Records")) {
            out.add(new Record(r.path("messageId").asText(), r.path("body").asText(),
                    r.path("attributes").path("ApproximateReceiveCount").asInt(1)));
        }
        return out;
    }

    /** Hands each record to {@code handler} on its own; returns the ids to report failed. */
    public List<String> each(JsonNode sqsEvent, Consumer<Record> handler) {
        List<Record> records = records(sqsEvent);
        Map<Record, RuntimeException> failures = new LinkedHashMap<>();
        for (Record r : records) {
            try {
                handler.accept(r);
            } catch (RuntimeException e) {
                failures.put(r, e);
            }
        }
        return settle(records, failures);
    }

    /**
     * Applies the policy to the records that failed (a whole-batch handler collects them itself);
     * returns the ids to report failed.
     */
    public List<String> settle(List<Record> records, Map<Record, ? extends RuntimeException> failures) {
        List<String> reported = new ArrayList<>();
        for (Record r : records) {
            RuntimeException e = failures.get(r);
            if (e == null) {
                continue;
            }
            if (e instanceof MalformedEventException) {
                LOG.warn("poison message {} goes to the DLQ: {}", r.messageId(), e.getMessage());
                deadLetter(r, e, reported);
            } else if (r.receiveCount() >= maxReceives) {
                LOG.warn("message {} failed on its last receive ({}) and goes to the DLQ: {}", r.messageId(), r.receiveCount(), e.toString());
                deadLetter(r, e, reported);
            } else {
                LOG.info("message {} failed (receive {}), it will come back: {}", r.messageId(), r.receiveCount(), e.toString());
                reported.add(r.messageId());
            }
        }
        return reported;
    }

    private void deadLetter(Record r, RuntimeException e, List<String> reported) {
        try {
            deadLetters.send(r.body(), r.messageId(), r.receiveCount(), e);
        } catch (RuntimeException sendFailed) {
            // Left to SQS: it comes back, and the queue's redrive moves it after maxReceiveCount.
            LOG.warn("could not move message {} to the DLQ: {}", r.messageId(), sendFailed.toString());
            reported.add(r.messageId());
        }
    }
}

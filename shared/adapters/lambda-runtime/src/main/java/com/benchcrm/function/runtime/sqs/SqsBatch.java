package com.benchcrm.function.runtime.sqs;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.benchcrm.events.MalformedEventException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The failure policy of a BenchCRM SQS consumer (a Lambda function whose event source mapping has
 * {@code ReportBatchItemFailures}), and its {@link SQSBatchResponse}:
 *
 * <ul>
 *   <li>a message that fails is reported in {@code batchItemFailures}, so only it comes back;</li>
 *   <li>a poison message ({@link MalformedEventException}: retrying cannot help) goes to the DLQ at once
 *       with its error, as does a message that fails on its last allowed receive; neither blocks the
 *       queue and neither is reported;</li>
 *   <li>if the DLQ cannot be reached, the message is reported failed and SQS's own redrive moves it
 *       after maxReceiveCount.</li>
 * </ul>
 *
 * <pre>{@code
 * SqsBatch batch = new SqsBatch(new MessageDeadLetters(sqs, dlqUrl, clock)::send, 5);
 * SQSBatchResponse r = batch.each(messages, m -> handle(m.body()));        // one at a time
 * SQSBatchResponse r = batch.settle(messages, failuresOfTheWholeBatch);   // or a batch handled at once
 * }</pre>
 */
public final class SqsBatch {

    private static final Logger LOG = LoggerFactory.getLogger(SqsBatch.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DeadLetterQueue deadLetters;
    private final int maxReceives;

    /**
     * @param maxReceives the queue's maxReceiveCount: a failure on this receive is the last
     */
    public SqsBatch(DeadLetterQueue deadLetters, int maxReceives) {
        if (maxReceives < 1) {
            throw new IllegalArgumentException("maxReceives must be at least 1");
        }
        this.deadLetters = Objects.requireNonNull(deadLetters, "deadLetters");
        this.maxReceives = maxReceives;
    }

    /**
     * The records of an SQS event ({@code Records[].messageId, body, attributes.ApproximateReceiveCount}).
     *
     * @throws NotAnSqsEventException when the bytes are not JSON
     */
    public static List<SqsMessage> messages(String function, byte[] sqsEvent) {
        JsonNode event;
        try {
            event = JSON.readTree(sqsEvent);
        } catch (IOException e) {
            throw new NotAnSqsEventException(function, e);
        }
        if (event == null || !event.isObject()) {
            throw new NotAnSqsEventException(function, null);
        }
        List<SqsMessage> out = new ArrayList<>();
        for (JsonNode r : event.path("Records")) {
            out.add(new SqsMessage(
                    r.path("messageId").asText(),
                    r.path("body").asText(),
                    r.path("attributes").path("ApproximateReceiveCount").asInt(1)));
        }
        return out;
    }

    /** Hands each message to {@code handler} on its own; a message whose handling throws has failed. */
    public SQSBatchResponse each(List<SqsMessage> messages, Consumer<SqsMessage> handler) {
        Map<SqsMessage, RuntimeException> failures = new LinkedHashMap<>();
        for (SqsMessage m : messages) {
            try {
                handler.accept(m);
            } catch (RuntimeException e) {
                failures.put(m, e);
            }
        }
        return settle(messages, failures);
    }

    /** Applies the policy to the messages that failed (a whole-batch handler collects them itself). */
    public SQSBatchResponse settle(List<SqsMessage> messages, Map<SqsMessage, ? extends RuntimeException> failures) {
        List<SQSBatchResponse.BatchItemFailure> reported = new ArrayList<>();
        for (SqsMessage m : messages) {
            RuntimeException e = failures.get(m);
            if (e == null) {
                continue;
            }
            boolean report;
            if (e instanceof MalformedEventException) {
                LOG.warn("poison message {} goes to the DLQ: {}", m.messageId(), e.getMessage());
                report = !deadLetter(m, e);
            } else if (m.receiveCount() >= maxReceives) {
                LOG.warn(
                        "message {} failed on its last receive ({}) and goes to the DLQ: {}",
                        m.messageId(),
                        m.receiveCount(),
                        e.toString());
                report = !deadLetter(m, e);
            } else {
                LOG.info(
                        "message {} failed (receive {}), it will come back: {}",
                        m.messageId(),
                        m.receiveCount(),
                        e.toString());
                report = true;
            }
            if (report) {
                reported.add(SQSBatchResponse.BatchItemFailure.builder()
                        .withItemIdentifier(m.messageId())
                        .build());
            }
        }
        return SQSBatchResponse.builder().withBatchItemFailures(reported).build();
    }

    /** True when the message is in the DLQ. */
    private boolean deadLetter(SqsMessage m, RuntimeException e) {
        try {
            deadLetters.send(m.body(), m.messageId(), m.receiveCount(), e);
            return true;
        } catch (RuntimeException sendFailed) {
            // Left to SQS: it comes back, and the queue's redrive moves it after maxReceiveCount.
            LOG.warn("could not move message {} to the DLQ: {}", m.messageId(), sendFailed.toString());
            return false;
        }
    }
}

package com.benchcrm.local.events;

import com.benchcrm.common.Json;
import com.benchcrm.queue.sqs.SqsQueues;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * What Lambda's SQS event source mapping does, against a local queue: long-polls up to
 * {@code batchSize} messages, invokes the function with an SQS event (the JSON Lambda sends:
 * {@code Records} with {@code messageId}, {@code receiptHandle}, {@code body}, {@code attributes},
 * {@code messageAttributes}, {@code eventSourceARN}...), reads the function's
 * {@code SQSBatchResponse} and deletes every message not listed in {@code batchItemFailures}. A
 * failed message becomes visible again after the queue's visibility timeout; after
 * {@code maxReceiveCount} receives the queue's redrive policy moves it to the DLQ. An invocation
 * that throws, or answers something that is not a batch response, fails the whole batch.
 *
 * <pre>{@code
 * SqsEventSource source = SqsEventSource.start("webhook", sqs, url, arn, 10, 2, host::invoke);
 * }</pre>
 */
public final class SqsEventSource implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SqsEventSource.class);

    /** The function: SQS event JSON in, response JSON out (a {@code FunctionHost::invoke}). */
    @FunctionalInterface
    public interface Function {
        byte[] invoke(byte[] event) throws Exception;
    }

    private final String name;
    private final SqsQueues sqs;
    private final String queueUrl;
    private final String queueArn;
    private final int batchSize;
    private final Function function;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> pollers = new ArrayList<>();
    private final AtomicLong deleted = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();

    private SqsEventSource(
            String name, SqsQueues sqs, String queueUrl, String queueArn, int batchSize, Function function) {
        this.name = name;
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.queueArn = queueArn;
        this.batchSize = batchSize;
        this.function = function;
    }

    /**
     * @param batchSize 1-10 messages per invocation
     * @param pollers   concurrent pollers (Lambda scales its own; two are plenty on a laptop)
     */
    public static SqsEventSource start(
            String name,
            SqsQueues sqs,
            String queueUrl,
            String queueArn,
            int batchSize,
            int pollers,
            Function function) {
        return start(name, sqs, queueUrl, queueArn, batchSize, pollers, 0, function);
    }

    /**
     * As {@link #start(String, SqsQueues, String, String, int, int, Function)}, the pollers (which run
     * the function) at a lower CPU priority: {@code nice} 1-19 ({@link BackgroundPriority}), 0 unchanged.
     */
    public static SqsEventSource start(
            String name,
            SqsQueues sqs,
            String queueUrl,
            String queueArn,
            int batchSize,
            int pollers,
            int nice,
            Function function) {
        if (batchSize < 1 || batchSize > 10) {
            throw new IllegalArgumentException("batchSize must be 1-10");
        }
        SqsEventSource source = new SqsEventSource(name, sqs, queueUrl, queueArn, batchSize, function);
        for (int i = 0; i < pollers; i++) {
            Thread t = Thread.ofPlatform()
                    .name("sqs-source-" + name + "-" + i)
                    .daemon(true)
                    .unstarted(() -> {
                        if (nice > 0) {
                            BackgroundPriority.lowerCurrentThread(nice);
                        }
                        source.poll();
                    });
            source.pollers.add(t);
            t.start();
        }
        return source;
    }

    /** Messages the function handled (deleted from the queue). */
    public long deleted() {
        return deleted.get();
    }

    /** Messages the function reported failed, or that were in a failed invocation. */
    public long failures() {
        return failures.get();
    }

    private void poll() {
        while (running.get()) {
            try {
                List<Message> messages = sqs.client()
                        .receiveMessage(b -> b.queueUrl(queueUrl)
                                .maxNumberOfMessages(batchSize)
                                .waitTimeSeconds(1)
                                .messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                                .messageAttributeNames("All"))
                        .messages();
                if (!messages.isEmpty() && running.get()) {
                    handle(messages);
                }
            } catch (RuntimeException e) {
                if (running.get()) {
                    LOG.warn("event source {}: polling failed: {}", name, e.toString());
                    sleepQuietly(500);
                }
            }
        }
    }

    private void handle(List<Message> messages) {
        Set<String> failed = new HashSet<>();
        try {
            byte[] response =
                    function.invoke(Json.write(event(messages)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            JsonNode body = Json.strict().readTree(response);
            if (body == null || !body.isObject()) {
                throw new IllegalStateException("the function did not answer a batch response");
            }
            for (JsonNode f : body.path("batchItemFailures")) {
                failed.add(f.path("itemIdentifier").asText());
            }
        } catch (Exception e) {
            LOG.warn(
                    "event source {}: the invocation failed; {} messages return after the visibility timeout: {}",
                    name,
                    messages.size(),
                    e.toString());
            failures.addAndGet(messages.size());
            return;
        }
        List<DeleteMessageBatchRequestEntry> done = new ArrayList<>();
        for (Message m : messages) {
            if (!failed.contains(m.messageId())) {
                done.add(DeleteMessageBatchRequestEntry.builder()
                        .id(m.messageId())
                        .receiptHandle(m.receiptHandle())
                        .build());
            }
        }
        failures.addAndGet(messages.size() - done.size());
        if (!done.isEmpty()) {
            sqs.client().deleteMessageBatch(b -> b.queueUrl(queueUrl).entries(done));
            deleted.addAndGet(done.size());
        }
    }

    /** The SQS event Lambda would send for these messages. */
    ObjectNode event(List<Message> messages) {
        ObjectNode event = Json.strict().createObjectNode();
        ArrayNode records = event.putArray("Records");
        for (Message m : messages) {
            ObjectNode r = records.addObject();
            r.put("messageId", m.messageId());
            r.put("receiptHandle", m.receiptHandle());
            r.put("body", m.body());
            ObjectNode attributes = r.putObject("attributes");
            m.attributesAsStrings().forEach(attributes::put);
            ObjectNode messageAttributes = r.putObject("messageAttributes");
            for (var a : m.messageAttributes().entrySet()) {
                MessageAttributeValue v = a.getValue();
                ObjectNode value = messageAttributes.putObject(a.getKey());
                value.put("stringValue", v.stringValue());
                value.putArray("stringListValues");
                value.putArray("binaryListValues");
                value.put("dataType", v.dataType());
            }
            r.put("md5OfBody", m.md5OfBody());
            r.put("eventSource", "aws:sqs");
            r.put("eventSourceARN", queueArn);
            r.put("awsRegion", "us-east-1");
        }
        return event;
    }

    /** {@link #close(java.time.Duration)} with 30 s for the invocations in flight. */
    @Override
    public void close() {
        close(java.time.Duration.ofSeconds(30));
    }

    /**
     * Stops receiving (a poll in progress returns within its 1 s wait) and waits up to
     * {@code inFlight} for the invocations in flight to finish and their messages to be deleted,
     * as Lambda lets a running invocation finish when a mapping is disabled. A message received
     * but not handled becomes visible again after its visibility timeout.
     *
     * @return true when every poller stopped within the deadline
     */
    public boolean close(java.time.Duration inFlight) {
        running.set(false);
        long deadline = System.nanoTime() + inFlight.toNanos();
        boolean stopped = true;
        for (Thread t : pollers) {
            try {
                t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            stopped &= !t.isAlive();
        }
        if (!stopped) {
            LOG.warn("event source {}: an invocation was still running after {}", name, inFlight);
        }
        return stopped;
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

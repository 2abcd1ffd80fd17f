package com.benchcrm.local.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.common.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The local event source mapping against ElasticMQ: the SQS event it hands the function, partial
 * batch failures, and a message that keeps failing ending in the DLQ through the queue's redrive
 * policy while the rest of the queue flows.
 */
class SqsEventSourceIT {

    static final LocalQueues QUEUES = LocalQueues.get();

    @Test
    void function_getsLambdasSqsEventShape_andHandledMessagesAreDeleted() throws Exception {
        Map<String, String> q = QUEUES.fresh("src-shape", 3);
        String name = q.keySet().iterator().next();
        List<JsonNode> events = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 5; i++) {
            QUEUES.sqs.queues().send(q.get(name), "{\"n\":" + i + "}", Duration.ZERO, Map.of("kind", "test"));
        }

        try (SqsEventSource source = SqsEventSource.start(
                name, QUEUES.sqs.queues(), q.get(name), QUEUES.sqs.arn(q.get(name)), 10, 1, event -> {
                    events.add(Json.strict().readTree(event));
                    return "{\"batchItemFailures\":[]}".getBytes();
                })) {
            await(() -> source.deleted() == 5);
        }

        JsonNode record = events.get(0).path("Records").get(0);
        assertThat(record.path("eventSource").asText()).isEqualTo("aws:sqs");
        assertThat(record.path("eventSourceARN").asText()).contains(name);
        assertThat(record.path("attributes").path("ApproximateReceiveCount").asText())
                .isEqualTo("1");
        assertThat(record.path("messageAttributes")
                        .path("kind")
                        .path("stringValue")
                        .asText())
                .isEqualTo("test");
        assertThat(record.has("receiptHandle")).isTrue();
        assertThat(approximateMessages(q.get(name))).isZero();
    }

    @Test
    void poisonMessage_failingEveryTime_endsInTheDlqAfterMaxReceives_andTheOthersFlow() throws Exception {
        Map<String, String> q = QUEUES.fresh("src-poison", 3);
        String name =
                q.keySet().stream().filter(n -> !n.endsWith("-dlq")).findFirst().orElseThrow();
        Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
        Set<String> handled = ConcurrentHashMap.newKeySet();
        QUEUES.sqs.queues().send(q.get(name), "poison", Duration.ZERO, Map.of());
        for (int i = 0; i < 20; i++) {
            QUEUES.sqs.queues().send(q.get(name), "ok-" + i, Duration.ZERO, Map.of());
        }

        try (SqsEventSource source = SqsEventSource.start(
                name, QUEUES.sqs.queues(), q.get(name), QUEUES.sqs.arn(q.get(name)), 10, 2, event -> {
                    ObjectNode response = Json.strict().createObjectNode();
                    var failures = response.putArray("batchItemFailures");
                    for (JsonNode r : Json.strict().readTree(event).path("Records")) {
                        String body = r.path("body").asText();
                        seen.computeIfAbsent(body, k -> new AtomicInteger()).incrementAndGet();
                        if (body.equals("poison")) {
                            failures.addObject()
                                    .put("itemIdentifier", r.path("messageId").asText());
                        } else {
                            handled.add(body);
                        }
                    }
                    return Json.write(response).getBytes();
                })) {
            await(() -> handled.size() == 20);
            await(() -> approximateMessages(q.get(name + "-dlq")) == 1);
        }

        List<Message> dead = QUEUES.sqs
                .queues()
                .client()
                .receiveMessage(b -> b.queueUrl(q.get(name + "-dlq")))
                .messages();
        assertThat(dead).extracting(Message::body).containsExactly("poison");
        assertThat(seen.get("poison").get()).isEqualTo(3);
        assertThat(seen.entrySet())
                .filteredOn(e -> e.getKey().startsWith("ok-"))
                .allSatisfy(e -> assertThat(e.getValue().get()).isEqualTo(1));
    }

    @Test
    void invocationThatThrows_failsTheWholeBatch_whichComesBack() throws Exception {
        Map<String, String> q = QUEUES.fresh("src-throw", 5);
        String name =
                q.keySet().stream().filter(n -> !n.endsWith("-dlq")).findFirst().orElseThrow();
        AtomicInteger calls = new AtomicInteger();
        QUEUES.sqs.queues().send(q.get(name), "a", Duration.ZERO, Map.of());

        try (SqsEventSource source = SqsEventSource.start(
                name, QUEUES.sqs.queues(), q.get(name), QUEUES.sqs.arn(q.get(name)), 10, 1, event -> {
                    if (calls.incrementAndGet() == 1) {
                        throw new IllegalStateException("function crashed");
                    }
                    return "{}".getBytes();
                })) {
            await(() -> source.deleted() == 1);
            assertThat(source.failures()).isEqualTo(1);
        }
        assertThat(calls.get()).isEqualTo(2);
    }

    static int approximateMessages(String url) {
        var attrs = QUEUES.sqs
                .queues()
                .client()
                .getQueueAttributes(b -> b.queueUrl(url)
                        .attributeNamesWithStrings(
                                "ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"))
                .attributesAsStrings();
        return Integer.parseInt(attrs.get("ApproximateNumberOfMessages"))
                + Integer.parseInt(attrs.get("ApproximateNumberOfMessagesNotVisible"));
    }

    static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 20 s");
            }
            Thread.sleep(50);
        }
    }
}

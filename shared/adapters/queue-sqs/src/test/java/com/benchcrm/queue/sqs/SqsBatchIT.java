package com.benchcrm.queue.sqs;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.common.Json;
import com.benchcrm.events.MalformedEventException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;

/** The shared consumer failure policy against ElasticMQ: what is reported failed, what is dead-lettered, with why. */
class SqsBatchIT {

    static SQSRestServer server;
    static SqsQueues sqs;
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);

    @BeforeAll
    static void start() {
        server = SQSRestServerBuilder.withInterface("127.0.0.1").withDynamicPort().start();
        int port = server.waitUntilStarted().localAddress().getPort();
        sqs = SqsQueues.create(SqsQueues.Settings.local(URI.create("http://127.0.0.1:" + port)));
    }

    @AfterAll
    static void stop() {
        sqs.close();
        server.stopAndWait();
    }

    @Test
    void each_poisonAndLastReceiveGoToTheDlqWithWhy_earlierFailuresAreReported_successesNeither() {
        String dlq = sqs.client().createQueue(b -> b.queueName("batch-dlq-1")).queueUrl();
        SqsBatch batch = new SqsBatch(new MessageDeadLetters(sqs, dlq, CLOCK), 3);
        JsonNode event = event(Map.of("ok", 1), Map.of("poison", 1), Map.of("early", 2), Map.of("last", 3));

        List<String> failed = batch.each(event, r -> {
            switch (r.body()) {
                case "poison" -> throw new MalformedEventException("not an event");
                case "early", "last" -> throw new IllegalStateException("database unavailable");
                default -> { }
            }
        });

        assertThat(failed).containsExactly("m-early");
        List<Message> dead = receiveAll(dlq);
        assertThat(dead).extracting(Message::body).containsExactlyInAnyOrder("poison", "last");
        Message poison = dead.stream().filter(m -> m.body().equals("poison")).findFirst().orElseThrow();
        assertThat(poison.messageAttributes().get("benchcrm-error").stringValue()).isEqualTo("MalformedEventException: not an event");
        assertThat(poison.messageAttributes().get("benchcrm-source-message-id").stringValue()).isEqualTo("m-poison");
        assertThat(poison.messageAttributes().get("benchcrm-failed-at").stringValue()).isEqualTo("2026-11-22T12:00:00Z");
        Message last = dead.stream().filter(m -> m.body().equals("last")).findFirst().orElseThrow();
        assertThat(last.messageAttributes().get("benchcrm-error").stringValue()).isEqualTo("IllegalStateException: database unavailable");
        assertThat(last.messageAttributes().get("benchcrm-receive-count").stringValue()).isEqualTo("3");
    }

    @Test
    void settle_whenTheDlqCannotBeReached_reportsTheRecordFailedSoSqsRedriveTakesOver() {
        SqsBatch batch = new SqsBatch(new MessageDeadLetters(sqs, sqs.client().createQueue(b -> b.queueName("batch-dlq-2")).queueUrl()
                .replace("batch-dlq-2", "no-such-queue"), CLOCK), 5);
        List<SqsBatch.Record> records = SqsBatch.records(event(Map.of("poison", 1)));

        assertThat(batch.settle(records, Map.of(records.get(0), new MalformedEventException("x")))).containsExactly("m-poison");
    }

    @SafeVarargs
    static JsonNode event(Map<String, Integer>... bodies) {
        ObjectNode event = Json.strict().createObjectNode();
        ArrayNode records = event.putArray("Records");
        for (Map<String, Integer> b : bodies) {
            b.forEach((body, receives) -> {
                ObjectNode r = records.addObject().put("messageId", "m-" + body).put("body", body);
                r.putObject("attributes").put("ApproximateReceiveCount", Integer.toString(receives));
            });
        }
        return event;
    }

    static List<Message> receiveAll(String url) {
        return sqs.client().receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10).waitTimeSeconds(1)
                .messageAttributeNames("All")).messages();
    }
}

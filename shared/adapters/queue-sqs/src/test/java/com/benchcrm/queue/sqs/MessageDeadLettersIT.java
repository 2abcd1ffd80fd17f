package com.benchcrm.queue.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.events.MalformedEventException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * A consumer's dead letter against ElasticMQ: the body as it came, and why, when and from which
 * message as attributes (the policy that decides what to dead-letter is the function runtime's
 * {@code SqsBatch}).
 */
class MessageDeadLettersIT {

    static SQSRestServer server;
    static SqsQueues sqs;
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);

    @BeforeAll
    static void start() {
        server = SQSRestServerBuilder.withInterface("127.0.0.1")
                .withDynamicPort()
                .start();
        int port = server.waitUntilStarted().localAddress().getPort();
        sqs = SqsQueues.create(SqsQueues.Settings.local(URI.create("http://127.0.0.1:" + port)));
    }

    @AfterAll
    static void stop() {
        sqs.close();
        server.stopAndWait();
    }

    @Test
    void send_putsTheBodyInTheDlq_withTheErrorTimeReceiveCountAndSourceMessageAsAttributes() {
        String dlq =
                sqs.client().createQueue(b -> b.queueName("dead-letters-1")).queueUrl();
        MessageDeadLetters deadLetters = new MessageDeadLetters(sqs, dlq, CLOCK);

        deadLetters.send("poison", "m-poison", 1, new MalformedEventException("not an event"));
        deadLetters.send("last", "m-last", 3, new IllegalStateException("database unavailable"));

        List<Message> dead = receiveAll(dlq);
        assertThat(dead).extracting(Message::body).containsExactlyInAnyOrder("poison", "last");
        Message poison =
                dead.stream().filter(m -> m.body().equals("poison")).findFirst().orElseThrow();
        assertThat(poison.messageAttributes().get("benchcrm-error").stringValue())
                .isEqualTo("MalformedEventException: not an event");
        assertThat(poison.messageAttributes().get("benchcrm-source-message-id").stringValue())
                .isEqualTo("m-poison");
        assertThat(poison.messageAttributes().get("benchcrm-failed-at").stringValue())
                .isEqualTo("2026-11-22T12:00:00Z");
        Message last =
                dead.stream().filter(m -> m.body().equals("last")).findFirst().orElseThrow();
        assertThat(last.messageAttributes().get("benchcrm-error").stringValue())
                .isEqualTo("IllegalStateException: database unavailable");
        assertThat(last.messageAttributes().get("benchcrm-receive-count").stringValue())
                .isEqualTo("3");
    }

    @Test
    void send_aVeryLongError_isCutToAThousandCharacters() {
        String dlq =
                sqs.client().createQueue(b -> b.queueName("dead-letters-2")).queueUrl();

        new MessageDeadLetters(sqs, dlq, CLOCK).send("x", "m-x", 1, new IllegalStateException("y".repeat(5_000)));

        assertThat(receiveAll(dlq)
                        .get(0)
                        .messageAttributes()
                        .get("benchcrm-error")
                        .stringValue())
                .hasSize(1_000);
    }

    @Test
    void send_toAQueueThatDoesNotExist_fails_soTheCallerReportsTheMessage() {
        String missing = sqs.client()
                .createQueue(b -> b.queueName("dead-letters-3"))
                .queueUrl()
                .replace("dead-letters-3", "no-such-queue");

        assertThatThrownBy(() ->
                        new MessageDeadLetters(sqs, missing, CLOCK).send("x", "m-x", 1, new IllegalStateException("y")))
                .isInstanceOf(RuntimeException.class);
    }

    static List<Message> receiveAll(String url) {
        return sqs.client()
                .receiveMessage(b -> b.queueUrl(url)
                        .maxNumberOfMessages(10)
                        .waitTimeSeconds(1)
                        .messageAttributeNames("All"))
                .messages();
    }
}

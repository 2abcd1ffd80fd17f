package com.benchcrm.queue.sqs;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.common.Json;
import com.benchcrm.ingest.DeadLetter;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageRequest;

/** The SQS adapter against ElasticMQ (the SQS wire API on loopback). */
class SqsDeadLettersIT {

    static SQSRestServer server;
    static SqsClient sqs;

    @BeforeAll
    static void start() {
        server = SQSRestServerBuilder.withInterface("127.0.0.1")
                .withDynamicPort()
                .start();
        int port = server.waitUntilStarted().localAddress().getPort();
        sqs = SqsClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + port))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    @AfterAll
    static void stop() {
        sqs.close();
        server.stopAndWait();
    }

    @Test
    void send_letterIsAMessage_withTheReasonAsAttribute() throws Exception {
        String url = sqs.createQueue(b -> b.queueName("ingest-dlq")).queueUrl();
        DeadLetter letter = new DeadLetter(
                "unknown-tenant",
                "no tenant 'nope'",
                "raw/nope/abc",
                "nope@ingest.example.com",
                "abc",
                "trace-1",
                Instant.parse("2026-11-22T10:00:00Z"));

        new SqsDeadLetters(sqs, url).send(letter);

        List<Message> got = sqs.receiveMessage(ReceiveMessageRequest.builder()
                        .queueUrl(url)
                        .messageAttributeNames("All")
                        .waitTimeSeconds(1)
                        .build())
                .messages();
        assertThat(got).singleElement().satisfies(m -> {
            assertThat(m.messageAttributes().get("reason").stringValue()).isEqualTo("unknown-tenant");
            assertThat(Json.read(m.body(), DeadLetter.class)).isEqualTo(letter);
        });
    }
}

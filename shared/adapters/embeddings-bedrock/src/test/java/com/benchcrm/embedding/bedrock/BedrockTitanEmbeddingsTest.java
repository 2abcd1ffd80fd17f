package com.benchcrm.embedding.bedrock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.benchcrm.embedding.Embedding;
import com.benchcrm.embedding.EmbeddingException;
import com.benchcrm.embedding.Vectors;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;

/** The adapter against a loopback stub of Bedrock Runtime's InvokeModel wire format. */
class BedrockTitanEmbeddingsTest {

    private BedrockStub stub;
    private BedrockRuntimeClient client;

    @BeforeEach
    void start() throws Exception {
        stub = new BedrockStub();
        client = BedrockRuntimeClient.builder()
                .region(Region.US_EAST_1)
                .endpointOverride(stub.endpoint())
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(o -> o.retryStrategy(DefaultRetryStrategy.doNotRetry()))
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        stub.close();
    }

    private BedrockTitanEmbeddings titan(int dims, int concurrency, int attempts, int maxChars) {
        return new BedrockTitanEmbeddings(
                client,
                new BedrockTitanEmbeddings.Config(
                        BedrockTitanEmbeddings.TITAN_V2,
                        dims,
                        concurrency,
                        attempts,
                        Duration.ofMillis(1),
                        Duration.ofMillis(5),
                        maxChars));
    }

    @Test
    void embed_sendsTheTitanV2Request_signed_andReadsTheResponse() throws Exception {
        Embedding e = titan(512, 4, 3, 20_000).embed("Senior Java developer, Spring Boot, Kafka");

        assertThat(stub.requests).hasSize(1);
        BedrockStub.Seen seen = stub.requests.get(0);
        assertThat(seen.path()).isEqualTo("/model/amazon.titan-embed-text-v2%3A0/invoke");
        assertThat(seen.authorization())
                .startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/")
                .contains("/us-east-1/bedrock/aws4_request");
        assertThat(seen.contentType()).isEqualTo("application/json");
        assertThat(seen.body()).isEqualTo(new ObjectMapper().readTree(BedrockStub.fixture("titan-v2-request.json")));

        assertThat(e.vector()).hasSize(512);
        assertThat(Vectors.dot(e.vector(), BedrockStub.vectorFor("Senior Java developer, Spring Boot, Kafka", 512)))
                .isCloseTo(1.0, within(1e-6));
        assertThat(e.model().key()).isEqualTo("amazon.titan-embed-text-v2:0@0/512");
        assertThat(e.tokens()).isEqualTo(6);
    }

    @Test
    void dimensions_are256_512or1024() {
        for (int d : new int[] {256, 1024}) {
            assertThat(titan(d, 1, 1, 20_000).embed("x y").vector()).hasSize(d);
        }
        assertThatThrownBy(() -> BedrockTitanEmbeddings.Config.defaults(384))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBatch_isConcurrentCalls_boundedByTheConfiguredConcurrency_inOrder() {
        stub.delayMillis = 30;
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            texts.add("profile number " + i);
        }
        List<Embedding> out = titan(256, 4, 3, 20_000).embedAll(texts);

        assertThat(stub.requests).hasSize(24);
        assertThat(stub.maxInFlight.get()).isBetween(2, 4);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(Vectors.dot(out.get(i).vector(), BedrockStub.vectorFor(texts.get(i), 256)))
                    .isCloseTo(1.0, within(1e-6));
        }
    }

    @Test
    void throttling_isRetriedWithBackoff_thenSucceeds() {
        stub.failNext(429, 2);
        Embedding e = titan(256, 1, 3, 20_000).embed("retry me");
        assertThat(stub.requests).hasSize(3);
        assertThat(Vectors.dot(e.vector(), BedrockStub.vectorFor("retry me", 256)))
                .isCloseTo(1.0, within(1e-6));
    }

    @Test
    void persistentThrottling_failsRetryable_afterMaxAttempts() {
        stub.failNext(429, 10);
        assertThatThrownBy(() -> titan(256, 1, 3, 20_000).embed("never"))
                .isInstanceOfSatisfying(
                        EmbeddingException.class,
                        ex -> assertThat(ex.retryable()).isTrue())
                .hasMessageContaining("HTTP 429")
                .hasMessageContaining("attempt 3");
        assertThat(stub.requests).hasSize(3);
    }

    @Test
    void validationError_failsAtOnce_notRetryable() {
        stub.failNext(400, 1);
        assertThatThrownBy(() -> titan(256, 1, 5, 20_000).embed("bad"))
                .isInstanceOfSatisfying(
                        EmbeddingException.class,
                        ex -> assertThat(ex.retryable()).isFalse())
                .hasMessageContaining("HTTP 400");
        assertThat(stub.requests).hasSize(1);
    }

    @Test
    void longText_isSplitIntoPieces_andPooledByTokenCount() {
        String text = ("word ".repeat(150) + "\n").repeat(4).strip();
        Embedding e = titan(256, 2, 3, 400).embed(text);
        assertThat(e.chunks()).isEqualTo(stub.requests.size()).isGreaterThan(1);
        assertThat(stub.requests)
                .allSatisfy(r ->
                        assertThat(r.body().path("inputText").asText().length()).isLessThanOrEqualTo(400));
        assertThat(Vectors.norm(e.vector())).isCloseTo(1.0, within(1e-5));
        assertThat(e.tokens()).isEqualTo(600);
    }

    @Test
    void retryableStatuses_are408_429_and5xx() {
        assertThat(BedrockTitanEmbeddings.retryable(429)).isTrue();
        assertThat(BedrockTitanEmbeddings.retryable(503)).isTrue();
        assertThat(BedrockTitanEmbeddings.retryable(408)).isTrue();
        assertThat(BedrockTitanEmbeddings.retryable(400)).isFalse();
        assertThat(BedrockTitanEmbeddings.retryable(403)).isFalse();
    }
}

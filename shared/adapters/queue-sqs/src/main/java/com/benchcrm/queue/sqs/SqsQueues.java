package com.benchcrm.queue.sqs;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.SqsClientBuilder;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/**
 * One SQS client (built once, primed by its first call) and the sends BenchCRM needs.
 *
 * <pre>{@code
 * SqsQueues sqs = SqsQueues.create(SqsQueues.Settings.aws("eu-west-1"));
 * sqs.send(queueUrl, body, Duration.ofSeconds(30), Map.of());
 * SqsQueues local = SqsQueues.create(SqsQueues.Settings.local(URI.create("http://127.0.0.1:9324")));
 * }</pre>
 */
public final class SqsQueues implements AutoCloseable {

    /** SQS's longest per-message delay. */
    public static final Duration MAX_DELAY = Duration.ofMinutes(15);
    /** Entries per SendMessageBatch. */
    public static final int MAX_BATCH = 10;

    /**
     * Where SQS is.
     *
     * @param endpoint     empty for AWS's regional endpoint; ElasticMQ's URL in the embedded stack
     * @param staticLocal  true to sign with fixed dummy credentials (ElasticMQ checks none)
     */
    public record Settings(String region, Optional<URI> endpoint, boolean staticLocal) {

        public static Settings aws(String region) {
            return new Settings(region, Optional.empty(), false);
        }

        public static Settings local(URI endpoint) {
            return new Settings("us-east-1", Optional.of(endpoint), true);
        }
    }

    private final SqsClient client;

    private SqsQueues(SqsClient client) {
        this.client = client;
    }

    public static SqsQueues create(Settings settings) {
        AwsCredentialsProvider credentials = settings.staticLocal()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"))
                : DefaultCredentialsProvider.builder().build();
        SqsClientBuilder builder = SqsClient.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(30)));
        settings.endpoint().ifPresent(builder::endpointOverride);
        return new SqsQueues(builder.build());
    }

    public SqsClient client() {
        return client;
    }

    /** Sends one message; {@code delay} is clamped to 0-15 minutes (rounded up to whole seconds). */
    public String send(String queueUrl, String body, Duration delay, Map<String, String> attributes) {
        return client.sendMessage(b -> b.queueUrl(queueUrl)
                        .messageBody(body)
                        .delaySeconds(delaySeconds(delay))
                        .messageAttributes(attributes(attributes)))
                .messageId();
    }

    /**
     * Sends up to {@value #MAX_BATCH} messages in one call.
     *
     * @return the indexes of the bodies SQS refused, with its reason
     */
    public Map<Integer, String> sendBatch(String queueUrl, List<String> bodies) {
        if (bodies.isEmpty()) {
            return Map.of();
        }
        if (bodies.size() > MAX_BATCH) {
            throw new IllegalArgumentException("at most " + MAX_BATCH + " messages per batch");
        }
        List<SendMessageBatchRequestEntry> entries = new ArrayList<>(bodies.size());
        for (int i = 0; i < bodies.size(); i++) {
            entries.add(SendMessageBatchRequestEntry.builder()
                    .id(Integer.toString(i))
                    .messageBody(bodies.get(i))
                    .build());
        }
        SendMessageBatchResponse response =
                client.sendMessageBatch(b -> b.queueUrl(queueUrl).entries(entries));
        Map<Integer, String> failed = new LinkedHashMap<>();
        for (BatchResultErrorEntry e : response.failed()) {
            failed.put(Integer.parseInt(e.id()), e.code() + (e.message() == null ? "" : ": " + e.message()));
        }
        return failed;
    }

    public String queueUrl(String name) {
        return client.getQueueUrl(b -> b.queueName(name)).queueUrl();
    }

    static int delaySeconds(Duration delay) {
        if (delay == null || delay.isNegative() || delay.isZero()) {
            return 0;
        }
        long seconds = delay.toSeconds() + (delay.toNanosPart() > 0 ? 1 : 0);
        return (int) Math.min(seconds, MAX_DELAY.toSeconds());
    }

    private static Map<String, MessageAttributeValue> attributes(Map<String, String> attributes) {
        Map<String, MessageAttributeValue> values = new LinkedHashMap<>();
        attributes.forEach((k, v) -> values.put(
                k,
                MessageAttributeValue.builder()
                        .dataType("String")
                        .stringValue(v)
                        .build()));
        return values;
    }

    @Override
    public void close() {
        client.close();
    }
}

package com.benchcrm.embedding.bedrock;

import com.benchcrm.embedding.Embedding;
import com.benchcrm.embedding.EmbeddingException;
import com.benchcrm.embedding.EmbeddingModel;
import com.benchcrm.embedding.ModelInfo;
import com.benchcrm.embedding.TextChunker;
import com.benchcrm.embedding.Vectors;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClientBuilder;
import software.amazon.awssdk.services.bedrockruntime.model.InvokeModelRequest;
import software.amazon.awssdk.services.bedrockruntime.model.InvokeModelResponse;

/**
 * Titan Text Embeddings v2 ({@code amazon.titan-embed-text-v2:0}) on Bedrock Runtime.
 *
 * <pre>{@code
 * BedrockTitanEmbeddings titan = BedrockTitanEmbeddings.create(
 *         BedrockTitanEmbeddings.Config.defaults(512), Region.US_EAST_1, null);   // null: the AWS endpoint
 * List<Embedding> v = titan.embedAll(texts);    // up to `concurrency` InvokeModel calls in flight
 * }</pre>
 *
 * <p><b>Wire format</b> (InvokeModel body): request {@code {"inputText": "...", "dimensions": 512,
 * "normalize": true, "embeddingTypes": ["float"]}}, response {@code {"embedding": [...],
 * "inputTextTokenCount": 12, "embeddingsByType": {"float": [...]}}}.
 *
 * <p><b>Batching.</b> Titan v2 embeds one text per call, so a batch is a set of concurrent calls (at
 * most {@code concurrency} in flight, on virtual threads). <b>Retries.</b> Throttling (429), timeouts
 * (408), server errors (5xx) and I/O errors are retried up to {@code maxAttempts} with exponential
 * backoff and full jitter; other errors (validation, access) fail at once. The SDK's own retries are
 * off so there is one policy. <b>Long texts.</b> Titan v2 takes up to 8,192 tokens (50,000
 * characters); longer texts are split at whitespace into {@code maxChars} pieces, embedded separately
 * and mean-pooled weighted by each piece's token count.
 */
public final class BedrockTitanEmbeddings implements EmbeddingModel {

    public static final String TITAN_V2 = "amazon.titan-embed-text-v2:0";
    static final Set<Integer> TITAN_V2_DIMENSIONS = Set.of(256, 512, 1024);

    /**
     * @param modelId      Bedrock model id
     * @param dimensions   256, 512 or 1024
     * @param concurrency  InvokeModel calls in flight per {@link #embedAll}
     * @param maxAttempts  tries per call, including the first
     * @param baseBackoff  first retry delay; doubles each time, capped at {@code maxBackoff}, full jitter
     * @param maxBackoff   the cap
     * @param maxChars     longest piece sent in one call (Titan v2: 50,000 characters or 8,192 tokens)
     */
    public record Config(
            String modelId,
            int dimensions,
            int concurrency,
            int maxAttempts,
            Duration baseBackoff,
            Duration maxBackoff,
            int maxChars) {

        public Config {
            Objects.requireNonNull(modelId, "modelId");
            if (TITAN_V2.equals(modelId) && !TITAN_V2_DIMENSIONS.contains(dimensions)) {
                throw new IllegalArgumentException(
                        "Titan Text Embeddings v2 takes 256, 512 or 1024 dimensions, not " + dimensions);
            }
            if (concurrency < 1 || maxAttempts < 1 || maxChars < 100) {
                throw new IllegalArgumentException("concurrency >= 1, maxAttempts >= 1, maxChars >= 100");
            }
        }

        public static Config defaults(int dimensions) {
            return new Config(TITAN_V2, dimensions, 8, 6, Duration.ofMillis(200), Duration.ofSeconds(10), 20_000);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BedrockRuntimeClient client;
    private final Config config;
    private final ModelInfo info;

    public BedrockTitanEmbeddings(BedrockRuntimeClient client, Config config) {
        this.client = Objects.requireNonNull(client, "client");
        this.config = Objects.requireNonNull(config, "config");
        this.info = ModelInfo.ofVersionedId(config.modelId(), config.dimensions());
    }

    /**
     * A client built once (call at init, before a SnapStart snapshot): URL-connection HTTP client, the
     * default credential chain, SDK retries off (this class retries).
     *
     * @param endpoint null for the AWS endpoint of the region; a URI for a VPC endpoint or a local stub
     */
    public static BedrockTitanEmbeddings create(Config config, Region region, URI endpoint) {
        BedrockRuntimeClientBuilder b = BedrockRuntimeClient.builder()
                .region(region)
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(2))
                        .socketTimeout(Duration.ofSeconds(30)))
                .overrideConfiguration(o -> o.retryStrategy(DefaultRetryStrategy.doNotRetry()));
        if (endpoint != null) {
            b.endpointOverride(endpoint);
        }
        return new BedrockTitanEmbeddings(b.build(), config);
    }

    @Override
    public ModelInfo info() {
        return info;
    }

    private record Piece(int text, String content) {}

    private record Vector(float[] values, int tokens) {}

    @Override
    public List<Embedding> embedAll(List<String> texts) {
        List<Piece> pieces = new ArrayList<>();
        int[] chunks = new int[texts.size()];
        for (int t = 0; t < texts.size(); t++) {
            String text = texts.get(t);
            if (text == null || text.isBlank()) {
                throw new EmbeddingException("text " + t + " is blank", false);
            }
            for (String p : TextChunker.split(text, config.maxChars())) {
                pieces.add(new Piece(t, p));
                chunks[t]++;
            }
        }
        Vector[] results = new Vector[pieces.size()];
        Semaphore inFlight = new Semaphore(config.concurrency());
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Vector>> futures = new ArrayList<>(pieces.size());
            for (Piece p : pieces) {
                futures.add(threads.submit(() -> {
                    inFlight.acquire();
                    try {
                        return invokeWithRetries(p.content());
                    } finally {
                        inFlight.release();
                    }
                }));
            }
            for (int i = 0; i < futures.size(); i++) {
                results[i] = futures.get(i).get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof EmbeddingException ee) {
                throw ee;
            }
            throw new EmbeddingException("Bedrock embedding failed: " + e.getCause(), false, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddingException("interrupted", true, e);
        }
        List<Embedding> out = new ArrayList<>(texts.size());
        int i = 0;
        for (int t = 0; t < texts.size(); t++) {
            List<float[]> vs = new ArrayList<>();
            List<Integer> weights = new ArrayList<>();
            int tokens = 0;
            for (int c = 0; c < chunks[t]; c++, i++) {
                vs.add(results[i].values());
                weights.add(Math.max(1, results[i].tokens()));
                tokens += results[i].tokens();
            }
            float[] v = vs.size() == 1 ? Vectors.normalize(vs.get(0)) : Vectors.meanPool(vs, weights);
            out.add(new Embedding(v, info, chunks[t], tokens));
        }
        return out;
    }

    private Vector invokeWithRetries(String text) throws InterruptedException {
        String body = requestBody(text);
        for (int attempt = 1; ; attempt++) {
            try {
                InvokeModelResponse r = client.invokeModel(InvokeModelRequest.builder()
                        .modelId(config.modelId())
                        .contentType("application/json")
                        .accept("application/json")
                        .body(SdkBytes.fromUtf8String(body))
                        .build());
                return parse(r.body().asUtf8String());
            } catch (SdkServiceException e) {
                boolean retryable = retryable(e.statusCode());
                if (!retryable || attempt >= config.maxAttempts()) {
                    throw new EmbeddingException(
                            "Bedrock InvokeModel failed (HTTP " + e.statusCode() + ", attempt " + attempt + "): "
                                    + e.getMessage(),
                            retryable,
                            e);
                }
            } catch (SdkClientException e) {
                if (attempt >= config.maxAttempts()) {
                    throw new EmbeddingException(
                            "Bedrock InvokeModel failed (attempt " + attempt + "): " + e.getMessage(), true, e);
                }
            }
            Thread.sleep(backoff(attempt).toMillis());
        }
    }

    /** 408, 429 and 5xx: throttling, timeouts, model not ready, server trouble. */
    static boolean retryable(int status) {
        return status == 408 || status == 429 || status >= 500;
    }

    /** Full jitter: uniform in [0, min(max, base * 2^(attempt-1))]. */
    Duration backoff(int attempt) {
        long cap =
                Math.min(config.maxBackoff().toMillis(), config.baseBackoff().toMillis() << Math.min(20, attempt - 1));
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(cap + 1));
    }

    String requestBody(String text) {
        ObjectNode o = JSON.createObjectNode();
        o.put("inputText", text);
        o.put("dimensions", config.dimensions());
        o.put("normalize", true);
        o.putArray("embeddingTypes").add("float");
        return o.toString();
    }

    private Vector parse(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            JsonNode arr = root.path("embeddingsByType").path("float");
            if (!arr.isArray()) {
                arr = root.path("embedding");
            }
            if (!arr.isArray() || arr.size() != config.dimensions()) {
                throw new EmbeddingException(
                        "Bedrock returned " + (arr.isArray() ? arr.size() : 0) + " dimensions, expected "
                                + config.dimensions(),
                        false);
            }
            float[] v = new float[arr.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) arr.get(i).asDouble();
            }
            return new Vector(v, root.path("inputTextTokenCount").asInt(0));
        } catch (IOException e) {
            throw new EmbeddingException("Bedrock returned invalid JSON", false, e);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}

package com.benchcrm.matching.adapters;

import com.benchcrm.embedding.EmbeddingModel;
import com.benchcrm.embedding.bedrock.BedrockTitanEmbeddings;
import com.benchcrm.vector.VectorIndex;
import com.benchcrm.vector.opensearch.OpenSearchClients;
import com.benchcrm.vector.opensearch.OpenSearchVectorIndex;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import software.amazon.awssdk.regions.Region;

/**
 * The embedding model and the vector index of a function, from its environment:
 *
 * <table>
 *   <tr><th>variable</th><th>values</th></tr>
 *   <tr><td>{@code BENCHCRM_EMBEDDINGS}</td><td>{@code onnx} (MiniLM in-process), {@code bedrock} (Titan v2),
 *       unset or {@code off}: matching is not configured</td></tr>
 *   <tr><td>{@code BENCHCRM_EMBEDDING_MODEL_ID}, {@code BENCHCRM_EMBEDDING_DIMENSIONS}</td><td>bedrock: the model
 *       (default {@code amazon.titan-embed-text-v2:0}) and 256, 512 or 1024 (default 1024);
 *       {@code BENCHCRM_BEDROCK_ENDPOINT} overrides the endpoint (a VPC endpoint or a local stub)</td></tr>
 *   <tr><td>{@code BENCHCRM_VECTOR_STORE}</td><td>{@code lucene} with {@code BENCHCRM_VECTOR_DIR}, or
 *       {@code opensearch} with {@code BENCHCRM_OPENSEARCH_ENDPOINT} (a host for SigV4, or an http(s) URL
 *       for a self-managed node), {@code BENCHCRM_OPENSEARCH_SERVICE} ({@code aoss}, {@code es}, {@code http}),
 *       {@code BENCHCRM_OPENSEARCH_INDEX_PREFIX}, {@code BENCHCRM_OPENSEARCH_ENGINE} ({@code lucene}, {@code faiss}),
 *       {@code BENCHCRM_OPENSEARCH_INDEX_LAYOUT} ({@code shared}, or {@code per-tenant}: the CDK app creates each
 *       tenant's index, ADR 0032)</td></tr>
 * </table>
 *
 * <pre>{@code
 * Optional<MatchingAdapters> m = MatchingAdapters.fromEnvironment(System::getenv);
 * m.ifPresent(a -> new MatchRuns(sql, requirements, consultants, a.model(), a.index(), audit, outbox, ids, clock));
 * }</pre>
 *
 * <p>Both are opened once per process and kept: a Lucene directory takes one writer, and the embedded
 * stack hosts the HTTP API and the matching functions in one JVM. They close at JVM exit.
 */
public record MatchingAdapters(EmbeddingModel model, VectorIndex index) {

    /** Every variable this class reads: a function's config copies these and nothing else. */
    public static final java.util.List<String> VARIABLES = java.util.List.of("BENCHCRM_EMBEDDINGS", "BENCHCRM_EMBEDDING_MODEL_ID",
            "BENCHCRM_EMBEDDING_DIMENSIONS", "BENCHCRM_BEDROCK_ENDPOINT", "AWS_REGION", "BENCHCRM_VECTOR_STORE", "BENCHCRM_VECTOR_DIR",
            "BENCHCRM_OPENSEARCH_ENDPOINT", "BENCHCRM_OPENSEARCH_SERVICE", "BENCHCRM_OPENSEARCH_INDEX_PREFIX",
            "BENCHCRM_OPENSEARCH_ENGINE", "BENCHCRM_OPENSEARCH_INDEX_LAYOUT", "BENCHCRM_MODELS_DIR", "BENCHCRM_MODELS_BUCKET");

    /** The matching variables of an environment that are set. */
    public static Map<String, String> variables(Function<String, String> env) {
        Map<String, String> out = new java.util.TreeMap<>();
        for (String name : VARIABLES) {
            value(env, name).ifPresent(v -> out.put(name, v));
        }
        return out;
    }

    private static final Map<String, Object> OPEN = new ConcurrentHashMap<>();
    private static final Thread CLOSE_AT_EXIT = new Thread(MatchingAdapters::closeAll, "matching-adapters-close");

    static {
        Runtime.getRuntime().addShutdownHook(CLOSE_AT_EXIT);
    }

    /**
     * For a process that stops in order (the embedded stack: stop the queues' pollers, let the
     * handlers in flight finish, then close the models): the model and index are no longer closed by
     * a JVM shutdown hook, which runs at the same time as the caller's own, but by {@link #closeAll()}.
     */
    public static void closedByCaller() {
        try {
            Runtime.getRuntime().removeShutdownHook(CLOSE_AT_EXIT);
        } catch (IllegalStateException alreadyStopping) {
            // the JVM is already shutting down: the hook runs, and the model's close waits for runs in flight
        }
    }

    /** Empty when {@code BENCHCRM_EMBEDDINGS} is unset or {@code off}: callers answer "not configured". */
    public static Optional<MatchingAdapters> fromEnvironment(Function<String, String> env) {
        String embeddings = value(env, "BENCHCRM_EMBEDDINGS").orElse("off").toLowerCase(Locale.ROOT);
        if (embeddings.equals("off")) {
            return Optional.empty();
        }
        EmbeddingModel model = switch (embeddings) {
            case "onnx" -> (EmbeddingModel) OPEN.computeIfAbsent("onnx", k -> Onnx.load());
            case "bedrock" -> {
                String modelId = value(env, "BENCHCRM_EMBEDDING_MODEL_ID").orElse(BedrockTitanEmbeddings.TITAN_V2);
                int dims = integer(env, "BENCHCRM_EMBEDDING_DIMENSIONS", 1024);
                Region region = Region.of(required(env, "AWS_REGION"));
                URI endpoint = value(env, "BENCHCRM_BEDROCK_ENDPOINT").map(URI::create).orElse(null);
                BedrockTitanEmbeddings.Config defaults = BedrockTitanEmbeddings.Config.defaults(dims);
                BedrockTitanEmbeddings.Config config = new BedrockTitanEmbeddings.Config(modelId, dims, defaults.concurrency(),
                        defaults.maxAttempts(), defaults.baseBackoff(), defaults.maxBackoff(), defaults.maxChars());
                yield (EmbeddingModel) OPEN.computeIfAbsent("bedrock:" + modelId + ":" + dims + ":" + endpoint,
                        k -> BedrockTitanEmbeddings.create(config, region, endpoint));
            }
            default -> throw new IllegalArgumentException("BENCHCRM_EMBEDDINGS must be onnx, bedrock or off, not " + embeddings);
        };
        String store = value(env, "BENCHCRM_VECTOR_STORE").orElse("lucene").toLowerCase(Locale.ROOT);
        VectorIndex index = switch (store) {
            case "lucene" -> {
                Path dir = Path.of(required(env, "BENCHCRM_VECTOR_DIR")).toAbsolutePath().normalize();
                yield (VectorIndex) OPEN.computeIfAbsent("lucene:" + dir, k -> Lucene.open(dir));
            }
            case "opensearch" -> (VectorIndex) OPEN.computeIfAbsent("opensearch:" + required(env, "BENCHCRM_OPENSEARCH_ENDPOINT"),
                    k -> openSearch(env));
            default -> throw new IllegalArgumentException("BENCHCRM_VECTOR_STORE must be lucene or opensearch, not " + store);
        };
        return Optional.of(new MatchingAdapters(model, index));
    }

    private static VectorIndex openSearch(Function<String, String> env) {
        String endpoint = required(env, "BENCHCRM_OPENSEARCH_ENDPOINT");
        String service = value(env, "BENCHCRM_OPENSEARCH_SERVICE").orElse("aoss").toLowerCase(Locale.ROOT);
        String prefix = value(env, "BENCHCRM_OPENSEARCH_INDEX_PREFIX").orElse("benchcrm");
        OpenSearchVectorIndex.Engine engine = OpenSearchVectorIndex.Engine.valueOf(
                value(env, "BENCHCRM_OPENSEARCH_ENGINE").orElse("faiss").toUpperCase(Locale.ROOT));
        boolean serverless = service.equals("aoss");
        OpenSearchVectorIndex.Config defaults = OpenSearchVectorIndex.Config.defaults(prefix, engine);
        String layout = value(env, "BENCHCRM_OPENSEARCH_INDEX_LAYOUT").orElse("shared").toLowerCase(Locale.ROOT);
        OpenSearchVectorIndex.IndexLayout indexLayout = switch (layout) {
            case "shared" -> OpenSearchVectorIndex.IndexLayout.SHARED;
            case "per-tenant" -> OpenSearchVectorIndex.IndexLayout.PER_TENANT;
            default -> throw new IllegalArgumentException("BENCHCRM_OPENSEARCH_INDEX_LAYOUT must be shared or per-tenant, not " + layout);
        };
        // OpenSearch Serverless supports neither refresh=wait_for nor a shard count in index settings.
        OpenSearchVectorIndex.Config config = new OpenSearchVectorIndex.Config(prefix, engine, serverless ? 0 : defaults.shards(),
                defaults.m(), defaults.efConstruction(), !serverless, indexLayout);
        return switch (service) {
            case "http" -> new OpenSearchVectorIndex(OpenSearchClients.http(URI.create(endpoint)), config);
            case "aoss", "es" -> new OpenSearchVectorIndex(OpenSearchClients.aws(endpoint.replaceFirst("^https://", ""),
                    Region.of(required(env, "AWS_REGION")), service), config);
            default -> throw new IllegalArgumentException("BENCHCRM_OPENSEARCH_SERVICE must be aoss, es or http, not " + service);
        };
    }

    static Optional<String> value(Function<String, String> env, String name) {
        String v = env.apply(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    static String required(Function<String, String> env, String name) {
        return value(env, name).orElseThrow(() -> new IllegalArgumentException(name + " is required by this matching configuration"));
    }

    static int integer(Function<String, String> env, String name, int fallback) {
        Optional<String> v = value(env, name);
        try {
            return v.isPresent() ? Integer.parseInt(v.get()) : fallback;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be an integer, not " + v.get());
        }
    }

    /** Closes every model and index opened by this process (a model waits for its runs in flight); idempotent. */
    public static void closeAll() {
        for (Object o : OPEN.values()) {
            try {
                if (o instanceof AutoCloseable c) {
                    c.close();
                }
            } catch (Exception ignored) {
                // the JVM is exiting; Lucene commits on every write, nothing is lost
            }
        }
        OPEN.clear();
    }

    /** The Lucene index, opened only when configured: Lambda artifacts leave Lucene out. */
    private static final class Lucene {
        static VectorIndex open(Path dir) {
            try {
                return com.benchcrm.vector.lucene.LuceneVectorIndex.open(dir);
            } catch (NoClassDefFoundError e) {
                throw new IllegalStateException("BENCHCRM_VECTOR_STORE=lucene, but Lucene is not in this artifact "
                        + "(the Lambda functions use BENCHCRM_VECTOR_STORE=opensearch)", e);
            }
        }
    }

    /** The ONNX model, loaded only when configured: Lambda artifacts leave ONNX Runtime out. */
    private static final class Onnx {
        static EmbeddingModel load() {
            try {
                return com.benchcrm.embedding.onnx.OnnxMiniLm.load();
            } catch (NoClassDefFoundError e) {
                throw new IllegalStateException("BENCHCRM_EMBEDDINGS=onnx, but ONNX Runtime is not in this artifact "
                        + "(the Lambda functions use BENCHCRM_EMBEDDINGS=bedrock)", e);
            }
        }
    }
}

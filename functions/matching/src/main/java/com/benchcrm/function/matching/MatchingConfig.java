package com.benchcrm.function.matching;

import static com.benchcrm.common.EnvReader.integer;
import static com.benchcrm.common.EnvReader.optional;
import static com.benchcrm.common.EnvReader.uri;

import com.benchcrm.events.EventRouting;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything the matching functions read from its environment, read once and validated at start (all
 * problems reported together). The embedding model and the vector index are
 * {@link com.benchcrm.matching.adapters.MatchingAdapters}' variables, read by it.
 *
 * <table>
 *   <caption>Environment</caption>
 *   <tr><td>BENCHCRM_SQL_MODE and the JDBC / RDS Data API variables</td><td>as for the HTTP API function</td></tr>
 *   <tr><td>AWS_REGION</td><td>set by Lambda</td></tr>
 *   <tr><td>BENCHCRM_EMBEDDINGS</td><td>{@code bedrock} (Lambda) or {@code onnx} (embedded stack); unset or {@code off}
 *       refuses to start: matching is not configured</td></tr>
 *   <tr><td>BENCHCRM_VECTOR_STORE, BENCHCRM_VECTOR_DIR, BENCHCRM_OPENSEARCH_*, BENCHCRM_EMBEDDING_*</td><td>see MatchingAdapters</td></tr>
 *   <tr><td>BENCHCRM_EMBED_DLQ_URL</td><td>the embed queue's DLQ; registers {@code embed}</td></tr>
 *   <tr><td>BENCHCRM_MATCH_DLQ_URL</td><td>the match queue's DLQ; registers {@code match}</td></tr>
 *   <tr><td>BENCHCRM_MAX_RECEIVES</td><td>the queue's maxReceiveCount (default: events/rules/routing.json, embed 5, match 3)</td></tr>
 *   <tr><td>BENCHCRM_SQS_ENDPOINT</td><td>ElasticMQ's URL in the embedded stack; unset in AWS</td></tr>
 *   <tr><td>BENCHCRM_AUTO_TOP_K</td><td>recommendations an automatic match run keeps, 1 to 50, default 10</td></tr>
 * </table>
 */
public record MatchingConfig(
        com.benchcrm.sql.SqlSettings sql,
        String region,
        String embeddings,
        Optional<String> embedDlqUrl,
        Optional<String> matchDlqUrl,
        int embedMaxReceives,
        int matchMaxReceives,
        Optional<URI> sqsEndpoint,
        int autoTopK) {

    public static final int DEFAULT_AUTO_TOP_K = 10;

    /** @throws MatchingNotConfiguredException when a variable is missing or invalid (every problem listed) */
    public static MatchingConfig from(Function<String, String> env) {
        List<String> problems = new ArrayList<>();
        String embeddings = optional(env, "BENCHCRM_EMBEDDINGS").orElse("off").toLowerCase(Locale.ROOT);
        if (embeddings.equals("off")) {
            problems.add("BENCHCRM_EMBEDDINGS is "
                    + optional(env, "BENCHCRM_EMBEDDINGS").orElse("unset")
                    + " (set bedrock in AWS, onnx locally): there is nothing to embed or match with");
        } else if (!embeddings.equals("onnx") && !embeddings.equals("bedrock")) {
            problems.add("BENCHCRM_EMBEDDINGS must be onnx, bedrock or off, not " + embeddings);
        }
        com.benchcrm.sql.SqlSettings sql = com.benchcrm.sql.SqlSettings.from(env, problems);
        String region = optional(env, "AWS_REGION").orElse("us-east-1");
        Optional<String> embedDlq = optional(env, "BENCHCRM_EMBED_DLQ_URL");
        Optional<String> matchDlq = optional(env, "BENCHCRM_MATCH_DLQ_URL");
        if (embedDlq.isEmpty() && matchDlq.isEmpty()) {
            problems.add(
                    "set BENCHCRM_EMBED_DLQ_URL (the embed function) or BENCHCRM_MATCH_DLQ_URL (the match function), or both");
        }
        EventRouting routing = EventRouting.load();
        Optional<Integer> maxReceives =
                optional(env, "BENCHCRM_MAX_RECEIVES").map(v -> integer(env, "BENCHCRM_MAX_RECEIVES", 1, problems));
        int topK = integer(env, "BENCHCRM_AUTO_TOP_K", DEFAULT_AUTO_TOP_K, problems);
        if (topK > com.benchcrm.matching.Recommender.MAX_TOP_K) {
            problems.add("BENCHCRM_AUTO_TOP_K must be 1 to " + com.benchcrm.matching.Recommender.MAX_TOP_K + ", not "
                    + topK);
        }
        MatchingConfig config = new MatchingConfig(
                sql,
                region,
                embeddings,
                embedDlq,
                matchDlq,
                maxReceives.orElse(routing.queue("embed").maxReceiveCount()),
                maxReceives.orElse(routing.queue("match").maxReceiveCount()),
                uri(env, "BENCHCRM_SQS_ENDPOINT", problems),
                topK);
        if (!problems.isEmpty()) {
            throw new MatchingNotConfiguredException(problems);
        }
        return config;
    }

    /** The matching functions cannot start: what is missing or wrong, all at once. */
    public static final class MatchingNotConfiguredException extends IllegalStateException {
        public MatchingNotConfiguredException(List<String> problems) {
            super("matching is not configured: " + String.join("; ", problems));
        }
    }
}

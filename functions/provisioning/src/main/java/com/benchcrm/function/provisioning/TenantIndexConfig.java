package com.benchcrm.function.provisioning;

import static com.benchcrm.common.EnvReader.required;

import com.benchcrm.vector.opensearch.OpenSearchVectorIndex;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * What the tenant vector index function reads from its environment, once, validated at start. The
 * names are those the embed, match and HTTP API functions read for the same collection.
 *
 * <table>
 *   <caption>Environment</caption>
 *   <tr><td>BENCHCRM_OPENSEARCH_ENDPOINT</td><td>the collection endpoint, {@code https://<id>.<region>.aoss.amazonaws.com}
 *       ({@code http://} only for a local node: no SigV4)</td></tr>
 *   <tr><td>BENCHCRM_OPENSEARCH_SERVICE</td><td>SigV4 service name: {@code aoss} (Serverless, default) or {@code es}</td></tr>
 *   <tr><td>BENCHCRM_OPENSEARCH_INDEX_PREFIX</td><td>index names start with it (the deployment name)</td></tr>
 *   <tr><td>BENCHCRM_OPENSEARCH_ENGINE</td><td>{@code faiss} (default) or {@code lucene}</td></tr>
 *   <tr><td>BENCHCRM_OPENSEARCH_INDEX_LAYOUT</td><td>{@code per-tenant} (default) or {@code shared}</td></tr>
 *   <tr><td>AWS_REGION</td><td>set by Lambda</td></tr>
 * </table>
 */
public record TenantIndexConfig(URI endpoint, String service, String region, OpenSearchVectorIndex.Config index) {

    /** Reads and validates; every problem is reported at once. */
    public static TenantIndexConfig from(Function<String, String> env) {
        List<String> problems = new ArrayList<>();
        URI endpoint = null;
        String endpointText = required(env, "BENCHCRM_OPENSEARCH_ENDPOINT", problems);
        if (endpointText != null) {
            try {
                endpoint = URI.create(endpointText);
                if (endpoint.getHost() == null || !List.of("https", "http").contains(endpoint.getScheme())) {
                    problems.add("BENCHCRM_OPENSEARCH_ENDPOINT must be an https URL, not " + endpointText);
                }
            } catch (IllegalArgumentException e) {
                problems.add("BENCHCRM_OPENSEARCH_ENDPOINT must be an https URL, not " + endpointText);
            }
        }
        String service = optional(env, "BENCHCRM_OPENSEARCH_SERVICE", "aoss");
        if (!List.of("aoss", "es").contains(service)) {
            problems.add("BENCHCRM_OPENSEARCH_SERVICE must be aoss or es, not " + service);
        }
        String prefix = required(env, "BENCHCRM_OPENSEARCH_INDEX_PREFIX", problems);
        OpenSearchVectorIndex.Engine engine = null;
        String engineText = optional(env, "BENCHCRM_OPENSEARCH_ENGINE", "faiss");
        try {
            engine = OpenSearchVectorIndex.Engine.valueOf(engineText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("BENCHCRM_OPENSEARCH_ENGINE must be faiss or lucene, not " + engineText);
        }
        OpenSearchVectorIndex.IndexLayout layout =
                switch (optional(env, "BENCHCRM_OPENSEARCH_INDEX_LAYOUT", "per-tenant")) {
                    case "per-tenant" -> OpenSearchVectorIndex.IndexLayout.PER_TENANT;
                    case "shared" -> OpenSearchVectorIndex.IndexLayout.SHARED;
                    default -> {
                        problems.add("BENCHCRM_OPENSEARCH_INDEX_LAYOUT must be per-tenant or shared, not "
                                + env.apply("BENCHCRM_OPENSEARCH_INDEX_LAYOUT"));
                        yield null;
                    }
                };
        String region = optional(env, "AWS_REGION", null);
        if (region == null && endpoint != null && "https".equals(endpoint.getScheme())) {
            problems.add("AWS_REGION is not set (Lambda sets it)");
        }
        OpenSearchVectorIndex.Config index = null;
        if (prefix != null && engine != null && layout != null) {
            try {
                // OpenSearch Serverless manages shards itself: no number_of_shards in the settings
                index = OpenSearchVectorIndex.Config.defaults(prefix, engine)
                        .withLayout(layout)
                        .withShards("aoss".equals(service) ? 0 : 1);
            } catch (IllegalArgumentException e) {
                problems.add("BENCHCRM_OPENSEARCH_INDEX_PREFIX: " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    "the tenant vector index function is not configured: " + String.join("; ", problems));
        }
        return new TenantIndexConfig(endpoint, service, region, index);
    }

    private static String optional(Function<String, String> env, String name, String fallback) {
        String v = env.apply(name);
        return v == null || v.isBlank() ? fallback : v.trim().toLowerCase(Locale.ROOT);
    }
}

package com.benchcrm.infra.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.Grant;
import software.amazon.awscdk.services.iam.GrantOnPrincipalOptions;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.opensearchserverless.CfnAccessPolicy;
import software.amazon.awscdk.services.opensearchserverless.CfnCollection;
import software.amazon.awscdk.services.opensearchserverless.CfnSecurityPolicy;
import software.constructs.Construct;

/**
 * An OpenSearch Serverless collection of type VECTORSEARCH: encrypted with the platform data key
 * (encryption policy), reachable over HTTPS with SigV4 only (network policy; the data access
 * policy decides who may do what, per index pattern). Standby replicas are configuration: on in
 * production, off for development (half the minimum capacity).
 *
 * <p>Indexes are per tenant and model, {@code <prefix>-<tenant uuid>-<model key>} with the prefix
 * {@link #indexPrefix()} (the deployment name), created by a custom resource per tenant
 * ({@code matching.TenantVectorIndex}, ADR 0032). Access is granted per function with
 * {@link #grantIndexAccess}: a data access policy (principals, index pattern
 * {@code index/<collection>/<prefix>-*}, the actions of an {@link IndexAccess}) in the caller's stack,
 * and {@code aoss:APIAccessAll} on this collection in each role's policy. What a client function
 * reads to reach the indexes is {@link #clientEnvironment()}.
 *
 * <pre>{@code
 * platform.vectors().grantIndexAccess(this, "VectorAccess", deployment + "-vec-api",
 *         Map.of(VectorCollection.IndexAccess.READ, List.of(fn.role())));
 * }</pre>
 */
public final class VectorCollection extends Construct {

    /** Keys sorted: a policy document is the same string on every synthesis (no spurious updates). */
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    /** Data access policy names: 3-32 characters. */
    private static final Pattern POLICY_NAME = Pattern.compile("^[a-z][a-z0-9-]{2,31}$");

    /** The k-NN engine of new indexes: Faiss HNSW (efficient filtering; Serverless supports it). */
    public static final String ENGINE = "faiss";
    /** Index layout the functions and the index custom resource use (ADR 0032). */
    public static final String INDEX_LAYOUT = "per-tenant";

    /** What a principal may do with this deployment's indexes (data access policy permissions). */
    public enum IndexAccess {
        /** k-NN queries and gets: the match and HTTP API functions. */
        READ(List.of("aoss:DescribeIndex", "aoss:ReadDocument")),
        /** and writes: the embed function (indexes exist already: it does not create them). */
        READ_WRITE(List.of("aoss:DescribeIndex", "aoss:ReadDocument", "aoss:WriteDocument")),
        /** creates indexes, reads and writes no document: the tenant index custom resource. */
        CREATE_INDEX(List.of("aoss:DescribeIndex", "aoss:CreateIndex"));

        private final List<String> permissions;

        IndexAccess(List<String> permissions) {
            this.permissions = permissions;
        }

        public List<String> permissions() {
            return permissions;
        }
    }

    private final CfnCollection collection;
    private final String name;
    private final String indexPrefix;

    public VectorCollection(Construct scope, String id, String deployment, IKey dataKey, boolean standbyReplicas) {
        super(scope, id);
        this.name = deployment + "-vectors";
        this.indexPrefix = deployment;
        if (name.length() > 32) {
            throw new IllegalArgumentException("collection name " + name + " exceeds 32 characters");
        }
        String resource = "collection/" + name;
        // Policy documents hold tokens (the key ARN): build the JSON with Fn.join so CloudFormation resolves them.
        CfnSecurityPolicy encryption = CfnSecurityPolicy.Builder.create(this, "EncryptionPolicy")
                .name(name + "-enc")
                .type("encryption")
                .description("Encrypt " + name + " with the platform data key")
                .policy(Fn.join(
                        "",
                        List.of(
                                "{\"Rules\":[{\"ResourceType\":\"collection\",\"Resource\":[\"" + resource + "\"]}],"
                                        + "\"AWSOwnedKey\":false,\"KmsARN\":\"",
                                dataKey.getKeyArn(),
                                "\"}")))
                .build();
        CfnSecurityPolicy network = CfnSecurityPolicy.Builder.create(this, "NetworkPolicy")
                .name(name + "-net")
                .type("network")
                .description("HTTPS + SigV4 to " + name + "; the data access policy authorizes each principal")
                .policy(json(List.of(Map.of(
                        "Rules",
                        List.of(Map.of("ResourceType", "collection", "Resource", List.of(resource))),
                        "AllowFromPublic",
                        true))))
                .build();
        this.collection = CfnCollection.Builder.create(this, "Collection")
                .name(name)
                .type("VECTORSEARCH")
                .standbyReplicas(standbyReplicas ? "ENABLED" : "DISABLED")
                .description("BenchCRM requirement and consultant embeddings (k-NN)")
                .build();
        collection.addResourceDependency(encryption);
        collection.addResourceDependency(network);
    }

    public String collectionName() {
        return name;
    }

    public String collectionArn() {
        return collection.getAttrArn();
    }

    public String collectionEndpoint() {
        return collection.getAttrCollectionEndpoint();
    }

    /** Index names start with this and a dash: the deployment name. */
    public String indexPrefix() {
        return indexPrefix;
    }

    /** The pattern of a data access policy rule that covers every index of this deployment. */
    public String indexPattern() {
        return "index/" + name + "/" + indexPrefix + "-*";
    }

    /**
     * The environment variables a function reads to reach this deployment's indexes (the names the
     * vector adapter's configuration reads: {@code BENCHCRM_VECTOR_STORE}, {@code BENCHCRM_OPENSEARCH_*}).
     */
    public Map<String, String> clientEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("BENCHCRM_VECTOR_STORE", "opensearch");
        env.put("BENCHCRM_OPENSEARCH_ENDPOINT", collectionEndpoint());
        env.put("BENCHCRM_OPENSEARCH_SERVICE", "aoss");
        env.put("BENCHCRM_OPENSEARCH_INDEX_PREFIX", indexPrefix);
        env.put("BENCHCRM_OPENSEARCH_ENGINE", ENGINE);
        env.put("BENCHCRM_OPENSEARCH_INDEX_LAYOUT", INDEX_LAYOUT);
        return env;
    }

    /**
     * Grants roles access to this deployment's indexes: one data access policy, in {@code scope}'s
     * stack (where the roles are, so no stack depends on a later one), with one rule per access level
     * on {@link #indexPattern()}; and {@code aoss:APIAccessAll} on this collection in each role's
     * policy (IAM lets the request in, the data access policy decides what it may do).
     *
     * @param policyName 3-32 lower-case letters, digits, dashes; unique among the account's data access policies
     */
    public CfnAccessPolicy grantIndexAccess(
            Construct scope, String id, String policyName, Map<IndexAccess, List<IRole>> grants) {
        if (!POLICY_NAME.matcher(policyName).matches()) {
            throw new IllegalArgumentException(
                    "data access policy name must be 3-32 lower-case letters, digits or dashes: " + policyName);
        }
        if (grants.isEmpty() || grants.values().stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("grantIndexAccess needs at least one role per access level");
        }
        List<Map<String, Object>> document = new ArrayList<>();
        for (IndexAccess access : IndexAccess.values()) {
            List<IRole> roles = grants.get(access);
            if (roles == null) {
                continue;
            }
            // ordered maps: the same template on every synthesis (Map.of iterates in a per-JVM order)
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("ResourceType", "index");
            rule.put("Resource", List.of(indexPattern()));
            rule.put("Permission", access.permissions());
            Map<String, Object> element = new LinkedHashMap<>();
            element.put("Description", access.name() + " on " + indexPattern());
            element.put("Rules", List.of(rule));
            element.put("Principal", roles.stream().map(IRole::getRoleArn).toList());
            document.add(element);
            for (IRole role : roles) {
                Grant.addToPrincipal(GrantOnPrincipalOptions.builder()
                        .grantee(role)
                        .actions(List.of("aoss:APIAccessAll"))
                        .resourceArns(List.of(collectionArn()))
                        .build());
            }
        }
        return CfnAccessPolicy.Builder.create(scope, id)
                .name(policyName)
                .type("data")
                .description("BenchCRM: " + policyName + " on the indexes of " + name)
                // role ARNs are tokens: the stack's toJsonString resolves them in the template
                .policy(Stack.of(scope).toJsonString(document))
                .build();
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

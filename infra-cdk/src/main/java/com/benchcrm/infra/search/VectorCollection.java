package com.benchcrm.infra.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.opensearchserverless.CfnCollection;
import software.amazon.awscdk.services.opensearchserverless.CfnSecurityPolicy;
import software.constructs.Construct;

/**
 * An OpenSearch Serverless collection of type VECTORSEARCH: encrypted with the platform data key
 * (encryption policy), reachable over HTTPS with SigV4 only (network policy; the data access
 * policy decides who may do what, per index pattern). Standby replicas are configuration: on in
 * production, off for development (half the minimum capacity).
 *
 * <p>Access is granted when a function needs it: a data access policy (principal, index pattern
 * {@code index/<collection>/<tenant>-*}, actions) and {@code aoss:APIAccessAll} on the collection
 * in the function's role. The per-tenant index is created by a custom resource; both arrive with the
 * embed function (issue 4).
 */
public final class VectorCollection extends Construct {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CfnCollection collection;
    private final String name;

    public VectorCollection(Construct scope, String id, String deployment, IKey dataKey, boolean standbyReplicas) {
        super(scope, id);
        this.name = deployment + "-vectors";
        if (name.length() > 32) {
            throw new IllegalArgumentException("collection name " + name + " exceeds 32 characters");
        }
        String resource = "collection/" + name;
        // Policy documents hold tokens (the key ARN): build the JSON with Fn.join so CloudFormation resolves them.
        CfnSecurityPolicy encryption = CfnSecurityPolicy.Builder.create(this, "EncryptionPolicy")
                .name(name + "-enc")
                .type("encryption")
                .description("Encrypt " + name + " with the platform data key")
                .policy(Fn.join("", List.of(
                        "{\"Rules\":[{\"ResourceType\":\"collection\",\"Resource\":[\"" + resource + "\"]}],"
                                + "\"AWSOwnedKey\":false,\"KmsARN\":\"", dataKey.getKeyArn(), "\"}")))
                .build();
        CfnSecurityPolicy network = CfnSecurityPolicy.Builder.create(this, "NetworkPolicy")
                .name(name + "-net")
                .type("network")
                .description("HTTPS + SigV4 to " + name + "; the data access policy authorizes each principal")
                .policy(json(List.of(Map.of(
                        "Rules", List.of(Map.of("ResourceType", "collection", "Resource", List.of(resource))),
                        "AllowFromPublic", true))))
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

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

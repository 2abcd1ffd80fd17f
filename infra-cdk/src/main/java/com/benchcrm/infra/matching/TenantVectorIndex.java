package com.benchcrm.infra.matching;

import com.benchcrm.infra.config.DeploymentConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awscdk.CustomResource;
import software.amazon.awscdk.RemovalPolicy;
import software.constructs.Construct;

/**
 * A tenant's k-NN index in the vector collection, {@code <deployment>-<tenant uuid>-<model key>}, as
 * the custom resource {@value #TYPE} of {@link TenantVectorIndexes}: Create and Update ensure the
 * index of the configured model (a new model or dimension count is a new index beside the old one).
 *
 * <p><b>Retained</b>: when the tenant leaves the tenants file, CloudFormation leaves the index and its
 * vectors in place ({@code DeletionPolicy: Retain}; the handler's Delete does nothing either), as it
 * leaves the tenant's key, rows and raw mail. Deleting them is a deliberate step (docs/deploy.md).
 */
public final class TenantVectorIndex extends Construct {

    public static final String TYPE = "Custom::BenchCrmTenantVectorIndex";

    private final CustomResource resource;

    /** @param tenantId the tenant's UUID ({@code TenantRow.tenantId()}, a token) */
    public TenantVectorIndex(
            Construct scope, String id, String serviceToken, String tenantId, DeploymentConfig.Search search) {
        super(scope, id);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("TenantId", tenantId);
        properties.put("ModelId", search.embeddingModelId());
        properties.put("Dimensions", Integer.toString(search.embeddingDimensions()));
        this.resource = CustomResource.Builder.create(this, "Index")
                .serviceToken(serviceToken)
                .resourceType(TYPE)
                .properties(properties)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
    }

    /** The index name ({@code Fn::GetAtt IndexName}). */
    public String indexName() {
        return resource.getAttString("IndexName");
    }

    public CustomResource resource() {
        return resource;
    }
}

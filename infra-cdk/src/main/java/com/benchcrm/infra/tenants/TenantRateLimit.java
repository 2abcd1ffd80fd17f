package com.benchcrm.infra.tenants;

import com.benchcrm.infra.config.TenantConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awscdk.CustomResource;
import software.constructs.Construct;

/**
 * A tenant's API rate limit (ADR 0035), as the custom resource {@value #TYPE} of
 * {@code api.TenantRateLimits}: Create and Update put the item {@code limit#<tenant id>} ({@code rate},
 * {@code burst}) in the rate limit table, Delete deletes it. Every tenant has one, with its own
 * numbers from the tenants file or the deployment's; the HTTP API function reads it within a minute.
 *
 * <p>Not retained: the item is configuration, and a removed tenant's requests are refused anyway
 * (its row is suspended).
 */
public final class TenantRateLimit extends Construct {

    public static final String TYPE = "Custom::BenchCrmTenantRateLimit";

    private final CustomResource resource;

    /** @param tenantId the tenant's UUID ({@code TenantRow.tenantId()}, a token) */
    public TenantRateLimit(
            Construct scope, String id, String serviceToken, String tenantId, TenantConfig.RateLimit limit) {
        super(scope, id);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("TenantId", tenantId);
        properties.put("Rate", Integer.toString(limit.rate()));
        properties.put("Burst", Integer.toString(limit.burst()));
        this.resource = CustomResource.Builder.create(this, "Limit")
                .serviceToken(serviceToken)
                .resourceType(TYPE)
                .properties(properties)
                .build();
    }

    public CustomResource resource() {
        return resource;
    }
}

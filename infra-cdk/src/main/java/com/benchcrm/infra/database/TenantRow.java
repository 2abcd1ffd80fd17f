package com.benchcrm.infra.database;

import java.util.Map;
import software.amazon.awscdk.CustomResource;
import software.constructs.Construct;

/**
 * A tenant's row in {@code benchcrm.tenant}, as a custom resource of the migration function
 * ({@code Custom::BenchCrmTenant}): Create/Update runs {@code ensure_tenant}, stores the tenant's
 * settings of the tenants file (retention, mail policy) and activates it (or suspends it, when the
 * file says {@code "suspended": true}); Delete suspends it and keeps its data.
 * {@code getAttString("TenantId")} is the tenant's UUID.
 */
public final class TenantRow extends Construct {

    private final CustomResource resource;

    public TenantRow(Construct scope, String id, String serviceToken, String slug, String name) {
        this(scope, id, serviceToken, slug, name, "{}", false);
    }

    /** @param settingsJson the tenant's retention and mail policy, as the provisioning function stores them */
    public TenantRow(Construct scope, String id, String serviceToken, String slug, String name, String settingsJson, boolean suspended) {
        super(scope, id);
        this.resource = CustomResource.Builder.create(this, "Row")
                .serviceToken(serviceToken)
                .resourceType("Custom::BenchCrmTenant")
                .properties(Map.of("Slug", slug, "Name", name, "Settings", settingsJson, "Suspended", Boolean.toString(suspended)))
                .build();
    }

    public String tenantId() {
        return resource.getAttString("TenantId");
    }
}

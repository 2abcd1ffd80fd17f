package com.benchcrm.function.cognitopretoken;

import java.util.Optional;

/**
 * Port: the tenant an SSO identity provider of the user pool signs people into, and the role its
 * users get until an Owner gives them another group. In AWS: one SSM parameter per provider,
 * {@code <prefix><provider name>} = {@code {"tenantId": "...", "tenant": "acme", "defaultRole": "Recruiter"}},
 * written by the tenants stack from the tenants file ({@link SsmTenantOfProvider}).
 */
public interface TenantOfProvider {

    /** What a provider maps to. */
    record ProviderTenant(String tenantId, String tenant, String defaultRole) {}

    Optional<ProviderTenant> find(String providerName);
}

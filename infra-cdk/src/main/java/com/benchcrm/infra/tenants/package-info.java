/**
 * Per-tenant resources, one {@link com.benchcrm.infra.tenants.TenantResources} per entry of the
 * tenants file, in the tenants stack ({@link com.benchcrm.infra.tenants.TenantsStack}). Construct ids
 * derive from the slug only, so adding a tenant adds exactly its resources and changes no other
 * tenant's; removing one removes its rule and role and its declared webhooks' subscriptions and
 * suspends its row, while its key, its webhook secrets and its data are retained.
 */
@NullMarked
package com.benchcrm.infra.tenants;

import org.jspecify.annotations.NullMarked;

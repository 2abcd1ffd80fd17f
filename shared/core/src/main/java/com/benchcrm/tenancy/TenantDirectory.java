package com.benchcrm.tenancy;

import com.benchcrm.persistence.Transactions;
import java.util.Map;
import java.util.Optional;

/**
 * Creates and resolves tenants. The tenant registry is not readable by the application role, so a
 * caller can learn a tenant's id from its slug and nothing else; creating and listing need the
 * schema owner's persistence.
 *
 * <pre>{@code
 * TenantId acme = new TenantDirectory(owner.transactions(), owner.tenants()).ensure(new TenantSlug("acme"), "Acme Staffing");
 * }</pre>
 */
public final class TenantDirectory {

    private final Transactions transactions;
    private final TenantRepository tenants;

    public TenantDirectory(Transactions transactions, TenantRepository tenants) {
        this.transactions = transactions;
        this.tenants = tenants;
    }

    /**
     * Returns the tenant with this slug, creating it first if needed. Needs the schema owner's
     * persistence: the application role may not create tenants.
     */
    public TenantId ensure(TenantSlug slug, String displayName) {
        return transactions.withoutTenant(tx -> tenants.ensure(tx, slug, displayName));
    }

    public Optional<TenantId> resolve(TenantSlug slug) {
        return transactions.withoutTenant(tx -> tenants.resolve(tx, slug));
    }

    /** Every tenant's slug by id (the schema owner's persistence only). */
    public Map<TenantId, TenantSlug> all() {
        return transactions.withoutTenant(tenants::all);
    }
}

package com.benchcrm.tenancy;

import com.benchcrm.persistence.Tx;
import java.util.Map;
import java.util.Optional;

/**
 * Port: the tenant registry, used in transactions without a tenant. The application role may only
 * resolve a slug to an id; creating tenants and listing them needs the schema owner (PostgreSQL:
 * the definer functions {@code ensure_tenant}, {@code resolve_tenant} and the owner's own table).
 */
public interface TenantRepository {

    /** The tenant with this slug, created first (active, with this display name) when there is none. */
    TenantId ensure(Tx tx, TenantSlug slug, String displayName);

    /** The active tenant with this slug. */
    Optional<TenantId> resolve(Tx tx, TenantSlug slug);

    /** Every tenant's slug by id (the schema owner only). */
    Map<TenantId, TenantSlug> all(Tx tx);

    /**
     * The tenant's status and settings, whatever its status; empty for an unknown tenant (PostgreSQL:
     * the definer function {@code tenant_policy}, callable by the application and relay roles).
     */
    Optional<TenantPolicy> policy(Tx tx, TenantId tenant);
}

package com.benchcrm.tenancy;

import com.benchcrm.sql.SqlParams;
import com.benchcrm.sql.SqlPort;
import java.util.Optional;

/**
 * Creates and resolves tenants through the database's SECURITY DEFINER functions: the tenant
 * registry itself is not readable by the application role, so a caller can learn a tenant's id
 * from its slug and nothing else.
 *
 * <pre>{@code
 * TenantId acme = new TenantDirectory(ownerSql).ensure(new TenantSlug("acme"), "Acme Staffing");
 * }</pre>
 */
public final class TenantDirectory {

    private final SqlPort sql;

    public TenantDirectory(SqlPort sql) {
        this.sql = sql;
    }

    /**
     * Returns the tenant with this slug, creating it first if needed. Needs the schema owner's
     * connection: the application role may not create tenants.
     */
    public TenantId ensure(TenantSlug slug, String displayName) {
        return sql.withoutTenant(s -> s.queryOne(
                        "select benchcrm.ensure_tenant(:slug, :name) as id",
                        SqlParams.of("slug", slug.value()).and("name", displayName))
                .map(row -> new TenantId(row.uuid("id")))
                .orElseThrow());
    }

    public Optional<TenantId> resolve(TenantSlug slug) {
        return sql.withoutTenant(s -> s.queryOne(
                        "select benchcrm.resolve_tenant(:slug) as id",
                        SqlParams.of("slug", slug.value()))
                .filter(row -> !row.isNull("id"))
                .map(row -> new TenantId(row.uuid("id"))));
    }
}

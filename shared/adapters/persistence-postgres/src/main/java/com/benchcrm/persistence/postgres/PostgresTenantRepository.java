package com.benchcrm.persistence.postgres;

import com.benchcrm.persistence.Tx;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.tenancy.TenantPolicy;
import com.benchcrm.tenancy.TenantRepository;
import com.benchcrm.tenancy.TenantSlug;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link TenantRepository} through the SECURITY DEFINER functions {@code benchcrm.ensure_tenant}
 * (the schema owner only), {@code benchcrm.resolve_tenant} and {@code benchcrm.tenant_policy}; the
 * listing reads the registry table, which only the owner can.
 */
final class PostgresTenantRepository implements TenantRepository {

    @Override
    public TenantId ensure(Tx tx, TenantSlug slug, String displayName) {
        return SqlTx.of(tx).session().queryOne("select benchcrm.ensure_tenant(:slug, :name) as id",
                        SqlParams.of("slug", slug.value()).and("name", displayName))
                .map(row -> new TenantId(row.uuid("id")))
                .orElseThrow();
    }

    @Override
    public Optional<TenantId> resolve(Tx tx, TenantSlug slug) {
        return SqlTx.of(tx).session().queryOne("select benchcrm.resolve_tenant(:slug) as id", SqlParams.of("slug", slug.value()))
                .filter(row -> !row.isNull("id"))
                .map(row -> new TenantId(row.uuid("id")));
    }

    @Override
    public Map<TenantId, TenantSlug> all(Tx tx) {
        Map<TenantId, TenantSlug> out = new LinkedHashMap<>();
        for (Row r : SqlTx.of(tx).session().query("select id, slug from benchcrm.tenant order by slug", SqlParams.none())) {
            out.put(new TenantId(r.uuid("id")), new TenantSlug(r.string("slug")));
        }
        return out;
    }

    @Override
    public Optional<TenantPolicy> policy(Tx tx, TenantId tenant) {
        return SqlTx.of(tx).session().queryOne("select slug, status, settings::text as settings from benchcrm.tenant_policy(:tenant)",
                        SqlParams.of("tenant", tenant.value()))
                .map(r -> TenantPolicy.of(tenant, r.string("slug"), r.string("status"), r.string("settings")));
    }
}

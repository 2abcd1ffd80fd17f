package com.benchcrm.persistence.postgres;

import com.benchcrm.common.Json;
import com.benchcrm.persistence.Tx;
import com.benchcrm.retention.PurgeKind;
import com.benchcrm.retention.PurgeRepository;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlJson;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.tenancy.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@link PurgeRepository} through the definer functions {@code benchcrm.purge_tenants},
 * {@code purge_expired} and {@code purge_record} (V6), which only the relay role may execute; each
 * acts as the tenant it is given, so forced row-level security scopes every statement, and bounds its
 * arguments (a cut-off at least an hour ago, 1..5000 rows).
 */
final class PostgresPurgeRepository implements PurgeRepository {

    @Override
    public List<TenantSettings> tenants(Tx tx) {
        List<TenantSettings> out = new ArrayList<>();
        for (Row r : SqlTx.of(tx).session().query("select tenant_id, settings::text as settings from benchcrm.purge_tenants()",
                SqlParams.none())) {
            out.add(new TenantSettings(new TenantId(r.uuid("tenant_id")), r.string("settings")));
        }
        return out;
    }

    @Override
    public int purge(Tx tx, TenantId tenant, PurgeKind kind, Instant before, int limit) {
        return SqlTx.of(tx).session().queryOne("select benchcrm.purge_expired(:tenant, :kind, :before, :limit) as n",
                        SqlParams.of("tenant", tenant.value()).and("kind", kind.code()).and("before", before).and("limit", limit))
                .map(r -> r.intValue("n")).orElse(0);
    }

    @Override
    public void record(Tx tx, TenantId tenant, UUID auditId, Map<String, Integer> counts, String traceId) {
        SqlTx.of(tx).session().query("select benchcrm.purge_record(:tenant, :id, :counts, :trace) as done",
                SqlParams.of("tenant", tenant.value()).and("id", auditId).and("counts", new SqlJson(Json.write(counts)))
                        .and("trace", traceId));
    }
}

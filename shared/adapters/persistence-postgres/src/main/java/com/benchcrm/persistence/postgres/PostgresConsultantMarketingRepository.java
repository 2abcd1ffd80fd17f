package com.benchcrm.persistence.postgres;

import com.benchcrm.marketing.ConsultantMarketing;
import com.benchcrm.marketing.ConsultantMarketingRepository;
import com.benchcrm.persistence.Tx;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlParams;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link ConsultantMarketingRepository} over consultant_marketing (one row per consultant with preferences). */
final class PostgresConsultantMarketingRepository implements ConsultantMarketingRepository {

    private static final String SELECT = """
            select consultant_id, opted_out, open_to_relocation, updated_by, updated_at
            from consultant_marketing
            """;

    @Override
    public Optional<ConsultantMarketing> find(Tx tx, UUID consultantId) {
        return SqlTx.of(tx)
                .session()
                .queryOne(
                        SELECT + " where tenant_id = :tenant and consultant_id = :id",
                        SqlParams.of("tenant", tx.tenant().value()).and("id", consultantId))
                .map(PostgresConsultantMarketingRepository::toPrefs);
    }

    @Override
    public Map<UUID, ConsultantMarketing> findMany(Tx tx, Collection<UUID> consultantIds) {
        Map<UUID, ConsultantMarketing> out = new HashMap<>();
        if (consultantIds.isEmpty()) {
            return out;
        }
        SqlTx.of(tx)
                .session()
                .query(
                        SELECT
                                + " where tenant_id = :tenant"
                                + " and consultant_id = any(cast(string_to_array(:ids, ',') as uuid[]))",
                        SqlParams.of("tenant", tx.tenant().value())
                                .and(
                                        "ids",
                                        String.join(
                                                ",",
                                                consultantIds.stream()
                                                        .map(UUID::toString)
                                                        .toList())))
                .forEach(r -> {
                    ConsultantMarketing p = toPrefs(r);
                    out.put(p.consultantId(), p);
                });
        return out;
    }

    @Override
    public void upsert(Tx tx, ConsultantMarketing p) {
        SqlTx.of(tx)
                .session()
                .update(
                        """
                insert into consultant_marketing (tenant_id, consultant_id, opted_out, open_to_relocation, updated_by, updated_at)
                values (:tenant, :id, :opted_out, :relocation, :by, :at)
                on conflict (tenant_id, consultant_id) do update set opted_out = excluded.opted_out,
                    open_to_relocation = excluded.open_to_relocation, updated_by = excluded.updated_by,
                    updated_at = excluded.updated_at""",
                        SqlParams.of("tenant", tx.tenant().value())
                                .and("id", p.consultantId())
                                .and("opted_out", p.optedOut())
                                .and("relocation", p.openToRelocation())
                                .and("by", p.updatedBy())
                                .and("at", p.updatedAt()));
    }

    private static ConsultantMarketing toPrefs(Row r) {
        return new ConsultantMarketing(
                r.uuid("consultant_id"),
                Boolean.TRUE.equals(r.bool("opted_out")),
                r.bool("open_to_relocation"),
                r.string("updated_by"),
                r.instant("updated_at"));
    }
}

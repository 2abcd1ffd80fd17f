package com.benchcrm.persistence.postgres;

import com.benchcrm.common.Json;
import com.benchcrm.marketing.DistributionList;
import com.benchcrm.marketing.DistributionListInput;
import com.benchcrm.marketing.DistributionListRepository;
import com.benchcrm.marketing.DistributionTier;
import com.benchcrm.persistence.Tx;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlJson;
import com.benchcrm.sql.SqlParams;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link DistributionListRepository} over distribution_list (skill focus and contacts as jsonb, as written). */
final class PostgresDistributionListRepository implements DistributionListRepository {

    private static final String SELECT = """
            select d.id, d.name, d.skill_focus::text as skill_focus, d.region, d.tier, d.contact_ids::text as contact_ids,
                d.version, d.created_at, d.updated_at
            from distribution_list d
            """;

    @Override
    public void insert(Tx tx, UUID id, DistributionListInput in, Instant now) {
        SqlTx.of(tx).session().update("""
                insert into distribution_list (tenant_id, id, name, skill_focus, region, tier, contact_ids, version,
                    created_at, updated_at)
                values (:tenant, :id, :name, :skills, :region, :tier, :contacts, 1, :now, :now)""", fields(tx, id, in).and("now", now));
    }

    @Override
    public Optional<DistributionList> find(Tx tx, UUID id) {
        return one(tx, " where d.tenant_id = :tenant and d.id = :id", id);
    }

    @Override
    public Optional<DistributionList> findForUpdate(Tx tx, UUID id) {
        return one(tx, " where d.tenant_id = :tenant and d.id = :id for update of d", id);
    }

    @Override
    public List<DistributionList> findMany(Tx tx, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return SqlTx.of(tx)
                .session()
                .query(
                        SELECT
                                + " where d.tenant_id = :tenant and d.id = any(cast(string_to_array(:ids, ',') as uuid[]))",
                        SqlParams.of("tenant", tx.tenant().value())
                                .and(
                                        "ids",
                                        String.join(
                                                ",",
                                                ids.stream().map(UUID::toString).toList())))
                .stream()
                .map(PostgresDistributionListRepository::toList)
                .toList();
    }

    @Override
    public List<DistributionList> list(Tx tx, Optional<UUID> before, int limit) {
        SqlParams params = SqlParams.of("tenant", tx.tenant().value()).and("limit", limit);
        String where = " where d.tenant_id = :tenant";
        if (before.isPresent()) {
            where += " and d.id < :before";
            params = params.and("before", before.get());
        }
        return SqlTx.of(tx).session().query(SELECT + where + " order by d.id desc limit :limit", params).stream()
                .map(PostgresDistributionListRepository::toList)
                .toList();
    }

    @Override
    public void update(Tx tx, DistributionList current, DistributionListInput in, Instant now) {
        SqlTx.of(tx).session().update("""
                update distribution_list set name = :name, skill_focus = :skills, region = :region, tier = :tier,
                    contact_ids = :contacts, version = version + 1, updated_at = :now
                where tenant_id = :tenant and id = :id""", fields(tx, current.id(), in).and("now", now));
    }

    @Override
    public void delete(Tx tx, UUID id) {
        SqlTx.of(tx)
                .session()
                .update(
                        "delete from distribution_list where tenant_id = :tenant and id = :id",
                        SqlParams.of("tenant", tx.tenant().value()).and("id", id));
    }

    private static Optional<DistributionList> one(Tx tx, String where, UUID id) {
        return SqlTx.of(tx)
                .session()
                .queryOne(
                        SELECT + where,
                        SqlParams.of("tenant", tx.tenant().value()).and("id", id))
                .map(PostgresDistributionListRepository::toList);
    }

    private static SqlParams fields(Tx tx, UUID id, DistributionListInput in) {
        return SqlParams.of("tenant", tx.tenant().value())
                .and("id", id)
                .and("name", in.name().trim())
                .and("skills", new SqlJson(Json.write(in.skillFocus())))
                .and("region", in.region())
                .and("tier", in.tier() == null ? null : in.tier().name())
                .and("contacts", new SqlJson(Json.write(in.contactIds())));
    }

    static DistributionList toList(Row r) {
        String tier = r.string("tier");
        return new DistributionList(
                r.uuid("id"),
                r.string("name"),
                List.of(Json.read(r.string("skill_focus"), String[].class)),
                r.string("region"),
                tier == null ? null : DistributionTier.valueOf(tier),
                List.of(Json.read(r.string("contact_ids"), UUID[].class)),
                r.longValue("version"),
                r.instant("created_at"),
                r.instant("updated_at"));
    }
}

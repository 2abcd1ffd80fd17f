package com.benchcrm.persistence.postgres;

import com.benchcrm.common.Json;
import com.benchcrm.marketing.HotList;
import com.benchcrm.marketing.HotListFilter;
import com.benchcrm.marketing.HotListInput;
import com.benchcrm.marketing.HotListOrdering;
import com.benchcrm.marketing.HotListRepository;
import com.benchcrm.persistence.Tx;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlJson;
import com.benchcrm.sql.SqlParams;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link HotListRepository} over hot_list (the picks and the filter as jsonb, as written). */
final class PostgresHotListRepository implements HotListRepository {

    private static final String SELECT = """
            select h.id, h.name, h.consultant_ids::text as consultant_ids, h.filter::text as filter, h.ordering,
                h.version, h.created_at, h.updated_at
            from hot_list h
            """;

    @Override
    public void insert(Tx tx, UUID id, HotListInput in, Instant now) {
        SqlTx.of(tx).session().update("""
                insert into hot_list (tenant_id, id, name, consultant_ids, filter, ordering, version, created_at, updated_at)
                values (:tenant, :id, :name, :ids, :filter, :ordering, 1, :now, :now)""", fields(tx, id, in).and("now", now));
    }

    @Override
    public Optional<HotList> find(Tx tx, UUID id) {
        return one(tx, " where h.tenant_id = :tenant and h.id = :id", id);
    }

    @Override
    public Optional<HotList> findForUpdate(Tx tx, UUID id) {
        return one(tx, " where h.tenant_id = :tenant and h.id = :id for update of h", id);
    }

    @Override
    public List<HotList> findMany(Tx tx, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return SqlTx.of(tx)
                .session()
                .query(
                        SELECT
                                + " where h.tenant_id = :tenant and h.id = any(cast(string_to_array(:ids, ',') as uuid[]))",
                        SqlParams.of("tenant", tx.tenant().value())
                                .and(
                                        "ids",
                                        String.join(
                                                ",",
                                                ids.stream().map(UUID::toString).toList())))
                .stream()
                .map(PostgresHotListRepository::toHotList)
                .toList();
    }

    @Override
    public List<HotList> list(Tx tx, Optional<UUID> before, int limit) {
        SqlParams params = SqlParams.of("tenant", tx.tenant().value()).and("limit", limit);
        String where = " where h.tenant_id = :tenant";
        if (before.isPresent()) {
            where += " and h.id < :before";
            params = params.and("before", before.get());
        }
        return SqlTx.of(tx).session().query(SELECT + where + " order by h.id desc limit :limit", params).stream()
                .map(PostgresHotListRepository::toHotList)
                .toList();
    }

    @Override
    public void update(Tx tx, HotList current, HotListInput in, Instant now) {
        SqlTx.of(tx).session().update("""
                update hot_list set name = :name, consultant_ids = :ids, filter = :filter, ordering = :ordering,
                    version = version + 1, updated_at = :now
                where tenant_id = :tenant and id = :id""", fields(tx, current.id(), in).and("now", now));
    }

    @Override
    public void delete(Tx tx, UUID id) {
        SqlTx.of(tx)
                .session()
                .update(
                        "delete from hot_list where tenant_id = :tenant and id = :id",
                        SqlParams.of("tenant", tx.tenant().value()).and("id", id));
    }

    private static Optional<HotList> one(Tx tx, String where, UUID id) {
        return SqlTx.of(tx)
                .session()
                .queryOne(
                        SELECT + where,
                        SqlParams.of("tenant", tx.tenant().value()).and("id", id))
                .map(PostgresHotListRepository::toHotList);
    }

    private static SqlParams fields(Tx tx, UUID id, HotListInput in) {
        return SqlParams.of("tenant", tx.tenant().value())
                .and("id", id)
                .and("name", in.name().trim())
                .and("ids", new SqlJson(Json.write(in.consultantIds())))
                .and("filter", in.filter() == null ? null : new SqlJson(Json.write(in.filter())))
                .and("ordering", in.ordering().name());
    }

    static HotList toHotList(Row r) {
        String filter = r.string("filter");
        return new HotList(
                r.uuid("id"),
                r.string("name"),
                List.of(Json.read(r.string("consultant_ids"), UUID[].class)),
                filter == null ? null : Json.read(filter, HotListFilter.class),
                HotListOrdering.valueOf(r.string("ordering")),
                r.longValue("version"),
                r.instant("created_at"),
                r.instant("updated_at"));
    }
}

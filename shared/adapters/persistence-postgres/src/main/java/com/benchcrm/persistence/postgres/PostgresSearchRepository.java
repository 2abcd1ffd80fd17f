package com.benchcrm.persistence.postgres;

import com.benchcrm.persistence.Tx;
import com.benchcrm.search.SearchQuery;
import com.benchcrm.search.SearchRepository;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.vector.EntityKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@link SearchRepository} over the consultant and requirement tables: full text through the GIN
 * indexes ({@code websearch_to_tsquery('english', ...)}, ranked by {@code ts_rank_cd}) united with
 * the skill-key index, and the query's filters on the alias {@code e}.
 */
final class PostgresSearchRepository implements SearchRepository {

    /** The filter of a query, on the alias {@code e}. */
    record Filter(String where, SqlParams params) {}

    static Filter filter(SearchQuery q) {
        List<String> where = new ArrayList<>();
        SqlParams p = SqlParams.none();
        if (q.state() != null) {
            where.add("upper(e.state) = :f_state");
            p = p.and("f_state", q.state());
        }
        if (q.workAuthorization() != null) {
            where.add("e.work_authorization = :f_auth");
            p = p.and("f_auth", q.workAuthorization().name());
        }
        if (q.tag() != null) {
            where.add("e.tags @> array[cast(:f_tag as text)]");
            p = p.and("f_tag", q.tag());
        }
        if (q.availableBy() != null) {
            where.add(
                    "e.availability_status = 'AVAILABLE' and (e.available_from is null or e.available_from <= :f_by)");
            p = p.and("f_by", q.availableBy());
        }
        if (q.status() != null) {
            where.add("e.status = :f_status");
            p = p.and("f_status", q.status().name());
        }
        if (q.workMode() != null) {
            where.add("e.work_mode = :f_mode");
            p = p.and("f_mode", q.workMode().name());
        }
        return new Filter(where.isEmpty() ? "" : " and " + String.join(" and ", where), p);
    }

    @Override
    public List<UUID> fullText(Tx tx, SearchQuery q, List<String> skillKeys, int limit) {
        Filter f = filter(q);
        boolean consultant = q.kind() == EntityKind.CONSULTANT;
        String table = consultant ? "consultant" : "requirement";
        String document = consultant
                ? "coalesce(e.title, '') || ' ' || coalesce(e.summary, '')"
                : "coalesce(e.title, '') || ' ' || coalesce(e.description, '')";
        String skillTable = consultant ? "consultant_skill" : "requirement_skill";
        String owner = consultant ? "consultant_id" : "requirement_id";
        String skillCount = "(select count(*) from " + skillTable + " k where k.tenant_id = e.tenant_id and k." + owner
                + " = e.id and k.skill_key = any(string_to_array(:skills, '|')))";
        // Candidates through the indexes (GIN full text, skill key), then ranked: never a scan of the tenant's table.
        String statement = "with q as (select websearch_to_tsquery('english', :q) as tsq), cand as ("
                + "select e.id from " + table + " e, q where e.tenant_id = :tenant and to_tsvector('english', "
                + document
                + ") @@ q.tsq union select k." + owner + " from " + skillTable + " k where k.tenant_id = :tenant"
                + " and k.skill_key = any(string_to_array(:skills, '|'))) "
                + "select e.id, ts_rank_cd(to_tsvector('english', " + document + "), q.tsq) + 0.1 * " + skillCount
                + " as score "
                + "from " + table + " e join cand on cand.id = e.id, q where e.tenant_id = :tenant" + f.where()
                + " order by score desc, e.id limit :n";
        SqlParams params = withAll(
                f.params(),
                SqlParams.of("tenant", tx.tenant().value())
                        .and("q", q.text())
                        .and("skills", String.join("|", skillKeys))
                        .and("n", limit));
        return SqlTx.of(tx).session().query(statement, params).stream()
                .map(r -> r.uuid("id"))
                .toList();
    }

    @Override
    public Set<UUID> passingFilters(Tx tx, SearchQuery q, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Filter f = filter(q);
        String table = q.kind() == EntityKind.CONSULTANT ? "consultant" : "requirement";
        String statement = "select e.id from " + table + " e where e.tenant_id = :tenant"
                + " and e.id = any(cast(string_to_array(:ids, ',') as uuid[]))" + f.where();
        SqlParams params = withAll(
                f.params(),
                SqlParams.of("tenant", tx.tenant().value())
                        .and(
                                "ids",
                                String.join(
                                        ",", ids.stream().map(UUID::toString).toList())));
        Set<UUID> out = new LinkedHashSet<>();
        for (Row r : SqlTx.of(tx).session().query(statement, params)) {
            out.add(r.uuid("id"));
        }
        return out;
    }

    private static SqlParams withAll(SqlParams a, SqlParams b) {
        SqlParams out = b;
        for (Map.Entry<String, Object> e : a.asMap().entrySet()) {
            out = out.and(e.getKey(), e.getValue());
        }
        return out;
    }
}

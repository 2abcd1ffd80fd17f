package com.benchcrm.search;

import com.benchcrm.consultant.Consultant;
import com.benchcrm.consultant.Consultants;
import com.benchcrm.embedding.EmbeddingModel;
import com.benchcrm.requirement.Requirement;
import com.benchcrm.requirement.Requirements;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Permission;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.sql.SqlPort;
import com.benchcrm.common.SkillNames;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.vector.EntityKind;
import com.benchcrm.vector.VectorHit;
import com.benchcrm.vector.VectorIndex;
import com.benchcrm.vector.VectorQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@code GET /v1/search}: two candidate lists under the same SQL filters, fused by reciprocal rank.
 *
 * <ol>
 *   <li>Full text: PostgreSQL {@code websearch_to_tsquery} over title and summary (consultants) or title
 *       and description (requirements), plus a bonus per skill of the query the record lists (skill keys
 *       from the taxonomy, so {@code k8s} finds {@code Kubernetes}).</li>
 *   <li>Vector: the query embedded with the tenant's model, its nearest records in the vector index
 *       (tenant-filtered inside the k-NN query), then the SQL filters.</li>
 * </ol>
 *
 * <p>Reciprocal rank fusion (k = 60) needs no score normalization between the two, and a record
 * found by both lists ranks above one found by either.
 */
public final class HybridSearch {

    /** The RRF constant of Cormack et al. (2009). */
    static final int RRF_K = 60;
    /** Candidates taken from each list before fusion. */
    static final int CANDIDATES = 100;

    private final SqlPort sql;
    private final Consultants consultants;
    private final Requirements requirements;
    private final EmbeddingModel model;
    private final VectorIndex index;

    public HybridSearch(SqlPort sql, Consultants consultants, Requirements requirements, EmbeddingModel model, VectorIndex index) {
        this.sql = sql;
        this.consultants = consultants;
        this.requirements = requirements;
        this.model = model;
        this.index = index;
    }

    public List<SearchHit> search(Caller caller, SearchQuery q) {
        caller.require(q.kind() == EntityKind.CONSULTANT ? Permission.CONSULTANT_READ : Permission.REQUIREMENT_READ);
        TenantId tenant = caller.tenant();
        Filter filter = filter(q);

        List<UUID> textIds = fullText(tenant, q, filter);

        String modelKey = model.info().key();
        float[] vector = model.embed(q.text()).vector();
        List<VectorHit> near = index.query(new VectorQuery(tenant, q.kind(), modelKey, vector, CANDIDATES));
        Map<UUID, Double> similarity = new HashMap<>();
        near.forEach(h -> similarity.put(h.id(), h.similarity()));
        Set<UUID> passing = passFilter(tenant, q, filter, near.stream().map(VectorHit::id).toList());
        List<UUID> vectorIds = near.stream().map(VectorHit::id).filter(passing::contains).toList();

        Map<UUID, Double> fused = new HashMap<>();
        Map<UUID, Integer> textRank = new HashMap<>();
        Map<UUID, Integer> vectorRank = new HashMap<>();
        for (int i = 0; i < textIds.size(); i++) {
            textRank.put(textIds.get(i), i + 1);
            fused.merge(textIds.get(i), 1.0 / (RRF_K + i + 1), Double::sum);
        }
        for (int i = 0; i < vectorIds.size(); i++) {
            vectorRank.put(vectorIds.get(i), i + 1);
            fused.merge(vectorIds.get(i), 1.0 / (RRF_K + i + 1), Double::sum);
        }
        List<UUID> top = fused.entrySet().stream()
                .sorted(Map.Entry.<UUID, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(q.limit()).map(Map.Entry::getKey).toList();

        List<SearchHit> hits = new ArrayList<>(top.size());
        if (q.kind() == EntityKind.CONSULTANT) {
            Map<UUID, Consultant> records = consultants.findAll(tenant, top);
            for (UUID id : top) {
                Consultant c = records.get(id);
                if (c != null) {
                    hits.add(new SearchHit("consultant", id, c.fullName(), c.title(), fused.get(id), textRank.get(id),
                            vectorRank.get(id), similarity.get(id)));
                }
            }
        } else {
            Map<UUID, Requirement> records = requirements.findAll(tenant, top);
            for (UUID id : top) {
                Requirement r = records.get(id);
                if (r != null) {
                    hits.add(new SearchHit("requirement", id, r.title(), r.clientName(), fused.get(id), textRank.get(id),
                            vectorRank.get(id), similarity.get(id)));
                }
            }
        }
        return hits;
    }

    /** The SQL filter of a query, on the alias {@code e}. */
    record Filter(String where, SqlParams params) {
    }

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
        if (q.availableBy() != null) {
            where.add("e.availability_status = 'AVAILABLE' and (e.available_from is null or e.available_from <= :f_by)");
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

    private List<UUID> fullText(TenantId tenant, SearchQuery q, Filter f) {
        boolean consultant = q.kind() == EntityKind.CONSULTANT;
        String table = consultant ? "consultant" : "requirement";
        String document = consultant ? "coalesce(e.title, '') || ' ' || coalesce(e.summary, '')"
                : "coalesce(e.title, '') || ' ' || coalesce(e.description, '')";
        String skillTable = consultant ? "consultant_skill" : "requirement_skill";
        String owner = consultant ? "consultant_id" : "requirement_id";
        String skillCount = "(select count(*) from " + skillTable + " k where k.tenant_id = e.tenant_id and k." + owner
                + " = e.id and k.skill_key = any(string_to_array(:skills, '|')))";
        // Candidates through the indexes (GIN full text, skill key), then ranked: never a scan of the tenant's table.
        String statement = "with q as (select websearch_to_tsquery('english', :q) as tsq), cand as ("
                + "select e.id from " + table + " e, q where e.tenant_id = :tenant and to_tsvector('english', " + document
                + ") @@ q.tsq union select k." + owner + " from " + skillTable + " k where k.tenant_id = :tenant"
                + " and k.skill_key = any(string_to_array(:skills, '|'))) "
                + "select e.id, ts_rank_cd(to_tsvector('english', " + document + "), q.tsq) + 0.1 * " + skillCount + " as score "
                + "from " + table + " e join cand on cand.id = e.id, q where e.tenant_id = :tenant" + f.where()
                + " order by score desc, e.id limit :n";
        SqlParams params = withAll(f.params(), SqlParams.of("tenant", tenant.value()).and("q", q.text())
                .and("skills", String.join("|", skillKeys(q.text()))).and("n", CANDIDATES));
        return sql.inTenant(tenant, s -> s.query(statement, params)).stream().map(r -> r.uuid("id")).toList();
    }

    private Set<UUID> passFilter(TenantId tenant, SearchQuery q, Filter f, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        String table = q.kind() == EntityKind.CONSULTANT ? "consultant" : "requirement";
        String statement = "select e.id from " + table + " e where e.tenant_id = :tenant"
                + " and e.id = any(cast(string_to_array(:ids, ',') as uuid[]))" + f.where();
        SqlParams params = withAll(f.params(), SqlParams.of("tenant", tenant.value())
                .and("ids", String.join(",", ids.stream().map(UUID::toString).toList())));
        Set<UUID> out = new LinkedHashSet<>();
        for (Row r : sql.inTenant(tenant, s -> s.query(statement, params))) {
            out.add(r.uuid("id"));
        }
        return out;
    }

    /** Skill keys the query may name: every word and every pair of adjacent words, through the taxonomy. */
    static List<String> skillKeys(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9+#./ -]", " ").trim().split("\\s+");
        Set<String> keys = new LinkedHashSet<>();
        for (int i = 0; i < words.length; i++) {
            if (!words[i].isEmpty() && !words[i].startsWith("-")) {
                keys.add(SkillNames.key(words[i]));
                if (i + 1 < words.length && !words[i + 1].isEmpty()) {
                    keys.add(SkillNames.key(words[i] + " " + words[i + 1]));
                }
            }
        }
        keys.removeIf(k -> k.isBlank() || k.contains("|"));
        return List.copyOf(keys);
    }

    private static SqlParams withAll(SqlParams a, SqlParams b) {
        SqlParams out = b;
        for (Map.Entry<String, Object> e : a.asMap().entrySet()) {
            out = out.and(e.getKey(), e.getValue());
        }
        return out;
    }
}

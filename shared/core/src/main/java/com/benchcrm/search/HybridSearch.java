package com.benchcrm.search;

import com.benchcrm.common.SkillNames;
import com.benchcrm.consultant.Consultant;
import com.benchcrm.consultant.Consultants;
import com.benchcrm.embedding.EmbeddingModel;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.requirement.Requirement;
import com.benchcrm.requirement.Requirements;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Permission;
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
 * {@code GET /v1/search}: two candidate lists under the same filters, fused by reciprocal rank.
 *
 * <ol>
 *   <li>Full text ({@link SearchRepository#fullText}): PostgreSQL {@code websearch_to_tsquery} over title and
 *       summary (consultants) or title and description (requirements), plus a bonus per skill of the query
 *       the record lists (skill keys from the taxonomy, so {@code k8s} finds {@code Kubernetes}).</li>
 *   <li>Vector: the query embedded with the tenant's model, its nearest records in the vector index
 *       (tenant-filtered inside the k-NN query), then the filters ({@link SearchRepository#passingFilters}).</li>
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

    private final Transactions transactions;
    private final SearchRepository search;
    private final Consultants consultants;
    private final Requirements requirements;
    private final EmbeddingModel model;
    private final VectorIndex index;

    public HybridSearch(
            Transactions transactions,
            SearchRepository search,
            Consultants consultants,
            Requirements requirements,
            EmbeddingModel model,
            VectorIndex index) {
        this.transactions = transactions;
        this.search = search;
        this.consultants = consultants;
        this.requirements = requirements;
        this.model = model;
        this.index = index;
    }

    public List<SearchHit> search(Caller caller, SearchQuery q) {
        caller.require(q.kind() == EntityKind.CONSULTANT ? Permission.CONSULTANT_READ : Permission.REQUIREMENT_READ);
        TenantId tenant = caller.tenant();
        List<String> skills = skillKeys(q.text());
        List<UUID> textIds = transactions.inTenant(tenant, tx -> search.fullText(tx, q, skills, CANDIDATES));

        String modelKey = model.info().key();
        float[] vector = model.embed(q.text()).vector();
        List<VectorHit> near = index.query(new VectorQuery(tenant, q.kind(), modelKey, vector, CANDIDATES));
        Map<UUID, Double> similarity = new HashMap<>();
        near.forEach(h -> similarity.put(h.id(), h.similarity()));
        List<UUID> nearIds = near.stream().map(VectorHit::id).toList();
        Set<UUID> passing = nearIds.isEmpty()
                ? Set.of()
                : transactions.inTenant(tenant, tx -> search.passingFilters(tx, q, nearIds));
        List<UUID> vectorIds =
                near.stream().map(VectorHit::id).filter(passing::contains).toList();

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
                .limit(q.limit())
                .map(Map.Entry::getKey)
                .toList();

        List<SearchHit> hits = new ArrayList<>(top.size());
        if (q.kind() == EntityKind.CONSULTANT) {
            Map<UUID, Consultant> records = consultants.findAll(tenant, top);
            for (UUID id : top) {
                Consultant c = records.get(id);
                if (c != null) {
                    hits.add(new SearchHit(
                            "consultant",
                            id,
                            c.fullName(),
                            c.title(),
                            fused.get(id),
                            textRank.get(id),
                            vectorRank.get(id),
                            similarity.get(id)));
                }
            }
        } else {
            Map<UUID, Requirement> records = requirements.findAll(tenant, top);
            for (UUID id : top) {
                Requirement r = records.get(id);
                if (r != null) {
                    hits.add(new SearchHit(
                            "requirement",
                            id,
                            r.title(),
                            r.clientName(),
                            fused.get(id),
                            textRank.get(id),
                            vectorRank.get(id),
                            similarity.get(id)));
                }
            }
        }
        return hits;
    }

    /** Skill keys the query may name: every word and every pair of adjacent words, through the taxonomy. */
    static List<String> skillKeys(String text) {
        String[] words = text.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9+#./ -]", " ")
                .trim()
                .split("\\s+");
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
}

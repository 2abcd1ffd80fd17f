package com.benchcrm.matching;

import com.benchcrm.common.InvalidRequestException;
import com.benchcrm.consultant.Consultant;
import com.benchcrm.embedding.EmbeddingModel;
import com.benchcrm.requirement.Requirement;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.vector.EntityKind;
import com.benchcrm.vector.VectorHit;
import com.benchcrm.vector.VectorIndex;
import com.benchcrm.vector.VectorQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The recommendation use case: the requirement's vector (stored, or embedded now), the tenant's N
 * nearest consultants from the vector index (N = the tenant's candidate pool size, default 200), their
 * records, then the {@link MatchEngine} re-ranks them and the top K come back with their factors and
 * reasons.
 *
 * <pre>{@code
 * Recommender recommender = new Recommender(model, index, consultantLookup, settingsProvider,
 *         MatchHistory.NONE, RejectedCandidates.NONE, new MatchEngine(Clock.systemUTC()));
 * Recommendations top = recommender.recommend(tenant, requirement, 10);
 * }</pre>
 *
 * <p>Only k-NN candidates are scored: a consultant whose profile text is far from the requirement is
 * not considered even if a factor would favour them. N bounds the cost (one k-NN query, one lookup,
 * N engine calls) and is per-tenant configuration.
 */
public final class Recommender {

    public static final int MAX_TOP_K = 50;

    private final EmbeddingModel model;
    private final VectorIndex index;
    private final ConsultantLookup consultants;
    private final MatchSettingsProvider settings;
    private final MatchHistory history;
    private final RejectedCandidates rejected;
    private final MatchEngine engine;

    public Recommender(EmbeddingModel model, VectorIndex index, ConsultantLookup consultants,
                       MatchSettingsProvider settings, MatchHistory history, RejectedCandidates rejected, MatchEngine engine) {
        this.model = Objects.requireNonNull(model, "model");
        this.index = Objects.requireNonNull(index, "index");
        this.consultants = Objects.requireNonNull(consultants, "consultants");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.history = Objects.requireNonNull(history, "history");
        this.rejected = Objects.requireNonNull(rejected, "rejected");
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /**
     * @param topK 1 to {@value #MAX_TOP_K}
     * @throws InvalidRequestException when topK is out of range
     */
    public Recommendations recommend(TenantId tenant, Requirement requirement, int topK) {
        if (topK < 1 || topK > MAX_TOP_K) {
            throw new InvalidRequestException("topK", "must be between 1 and " + MAX_TOP_K);
        }
        MatchSettings s = settings.forTenant(tenant);
        String modelKey = model.info().key();
        Map<String, Long> timings = new LinkedHashMap<>();

        long t0 = System.nanoTime();
        float[] queryVector = index.find(tenant, EntityKind.REQUIREMENT, requirement.id(), modelKey)
                .orElseGet(() -> model.embed(ProfileText.of(requirement)).vector());
        long t1 = System.nanoTime();
        List<VectorHit> hits = index.query(new VectorQuery(tenant, EntityKind.CONSULTANT, modelKey, queryVector,
                s.candidatePoolSize()));
        long t2 = System.nanoTime();

        Set<UUID> rejectedIds = rejected.rejected(tenant, requirement.id());
        List<UUID> ids = new ArrayList<>(hits.size());
        for (VectorHit h : hits) {
            if (!rejectedIds.contains(h.id())) {
                ids.add(h.id());
            }
        }
        Map<UUID, Consultant> records = ids.isEmpty() ? Map.of() : consultants.findAll(tenant, ids);
        Map<UUID, List<Outcome>> consultantHistory = ids.isEmpty() ? Map.of() : history.consultants(tenant, ids);
        List<Outcome> companyHistory = requirement.clientName() == null ? List.of()
                : history.company(tenant, requirement.clientName());
        long t3 = System.nanoTime();

        Map<HardFilter, Integer> excluded = new EnumMap<>(HardFilter.class);
        List<MatchResult> scored = new ArrayList<>(ids.size());
        int scoredCount = 0;
        for (VectorHit h : hits) {
            Consultant c = records.get(h.id());
            if (c == null || rejectedIds.contains(h.id())) {
                continue;
            }
            scoredCount++;
            MatchInput in = MatchInput.of(requirement, c)
                    .withSimilarity(h.similarity(), modelKey)
                    .withHistory(consultantHistory.getOrDefault(c.id(), List.of()), companyHistory);
            MatchResult r = engine.score(in, s);
            if (r.excluded()) {
                r.flags().stream().filter(f -> f.action() == FilterAction.EXCLUDE)
                        .forEach(f -> excluded.merge(f.filter(), 1, Integer::sum));
                continue;
            }
            scored.add(r);
        }
        scored.sort(Comparator.comparingDouble(MatchResult::matchScore).reversed()
                .thenComparing(MatchResult::consultantId));
        List<MatchResult> top = scored.size() > topK ? scored.subList(0, topK) : scored;
        long t4 = System.nanoTime();

        timings.put("queryVector", (t1 - t0) / 1000);
        timings.put("knn", (t2 - t1) / 1000);
        timings.put("load", (t3 - t2) / 1000);
        timings.put("score", (t4 - t3) / 1000);
        int rejectedCount = (int) hits.stream().filter(h -> rejectedIds.contains(h.id())).count();
        return new Recommendations(requirement.id(), top, hits.size(), scoredCount, excluded, rejectedCount,
                s.version(), modelKey, timings);
    }
}

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
    private final LexicalCandidates lexical;
    private final com.benchcrm.matching.success.SuccessModels success;

    public Recommender(
            EmbeddingModel model,
            VectorIndex index,
            ConsultantLookup consultants,
            MatchSettingsProvider settings,
            MatchHistory history,
            RejectedCandidates rejected,
            MatchEngine engine) {
        this(model, index, consultants, settings, history, rejected, engine, LexicalCandidates.NONE);
    }

    /**
     * @param lexical full-text candidates fused with the k-NN ones by reciprocal rank ({@link LexicalCandidates#NONE}: k-NN only)
     */
    public Recommender(
            EmbeddingModel model,
            VectorIndex index,
            ConsultantLookup consultants,
            MatchSettingsProvider settings,
            MatchHistory history,
            RejectedCandidates rejected,
            MatchEngine engine,
            LexicalCandidates lexical) {
        this(
                model,
                index,
                consultants,
                settings,
                history,
                rejected,
                engine,
                lexical,
                com.benchcrm.matching.success.SuccessModels.NONE);
    }

    /**
     * @param success the tenant's active calibrated success model, applied to the results returned (ADR 0076);
     *                {@link com.benchcrm.matching.success.SuccessModels#NONE}: the fixed curve, {@code calibrated: false}
     */
    public Recommender(
            EmbeddingModel model,
            VectorIndex index,
            ConsultantLookup consultants,
            MatchSettingsProvider settings,
            MatchHistory history,
            RejectedCandidates rejected,
            MatchEngine engine,
            LexicalCandidates lexical,
            com.benchcrm.matching.success.SuccessModels success) {
        this.success = Objects.requireNonNull(success, "success");
        this.lexical = Objects.requireNonNull(lexical, "lexical");
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
        List<VectorHit> knn = index.query(
                new VectorQuery(tenant, EntityKind.CONSULTANT, modelKey, queryVector, s.candidatePoolSize()));
        long t2 = System.nanoTime();
        List<LexicalCandidates.Hit> text = lexical.search(tenant, requirement, s.candidatePoolSize());
        Candidates pool = Candidates.fuse(knn, text, s.candidatePoolSize());
        if (!pool.withoutCosine().isEmpty()) {
            // found by their words only: their profile similarity, exactly, among them
            for (VectorHit h : index.query(new VectorQuery(tenant, EntityKind.CONSULTANT, modelKey, queryVector, 1)
                    .among(pool.withoutCosine()))) {
                pool.cosine().put(h.id(), h.similarity());
            }
        }
        List<VectorHit> hits = pool.hits();
        Map<UUID, Double> titleCosine =
                titleSimilarities(tenant, requirement, modelKey, new java.util.LinkedHashSet<>(pool.ids()));
        long t2b = System.nanoTime();

        Set<UUID> rejectedIds = rejected.rejected(tenant, requirement.id());
        List<UUID> ids = new ArrayList<>(hits.size());
        for (VectorHit h : hits) {
            if (!rejectedIds.contains(h.id())) {
                ids.add(h.id());
            }
        }
        Map<UUID, Consultant> records = ids.isEmpty() ? Map.of() : consultants.findAll(tenant, ids);
        Map<UUID, List<Outcome>> consultantHistory = ids.isEmpty() ? Map.of() : history.consultants(tenant, ids);
        List<Outcome> companyHistory =
                requirement.clientName() == null ? List.of() : history.company(tenant, requirement.clientName());
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
            MatchInput in = (Double.isNaN(h.similarity())
                            ? MatchInput.of(requirement, c)
                            : MatchInput.of(requirement, c).withSimilarity(h.similarity(), modelKey))
                    .withHistory(consultantHistory.getOrDefault(c.id(), List.of()), companyHistory)
                    .withTitleSimilarity(titleCosine.get(c.id()))
                    .withLexicalRelevance(pool.lexicalRelevance(c.id()));
            MatchResult r = engine.score(in, s);
            if (r.excluded()) {
                r.flags().stream()
                        .filter(f -> f.action() == FilterAction.EXCLUDE)
                        .forEach(f -> excluded.merge(f.filter(), 1, Integer::sum));
                continue;
            }
            scored.add(r);
        }
        scored.sort(Comparator.comparingDouble(MatchResult::matchScore)
                .reversed()
                .thenComparing(MatchResult::consultantId));
        List<MatchResult> top = scored.size() > topK ? scored.subList(0, topK) : scored;
        java.util.Optional<com.benchcrm.matching.success.SuccessModel> calibrated = success.forTenant(tenant);
        if (calibrated.isPresent()) {
            top = calibrate(top, calibrated.get());
        }
        long t4 = System.nanoTime();

        timings.put("queryVector", (t1 - t0) / 1000);
        timings.put("knn", (t2 - t1) / 1000);
        timings.put("text", (t2b - t2) / 1000);
        timings.put("load", (t3 - t2b) / 1000);
        timings.put("score", (t4 - t3) / 1000);
        int rejectedCount =
                (int) hits.stream().filter(h -> rejectedIds.contains(h.id())).count();
        return new Recommendations(
                requirement.id(),
                top,
                hits.size(),
                scoredCount,
                excluded,
                rejectedCount,
                s.version(),
                modelKey,
                timings);
    }

    /**
     * What this recommender would have recorded for the given consultants had it ranked the requirement at {@code at}:
     * the same candidate evidence as {@link #recommend} (profile cosine from the vector index, title cosine, lexical
     * relevance against the same full-text search), the history factor from outcomes decided before {@code at}'s day
     * only, "today" = {@code at}, and the fixed success curve ({@code calibrated: false}: no model existed then). No
     * top-K cut, no recruiter rejections, excluded consultants kept with their flags: the caller decides. Sorted by
     * match score. Used to give imported history the feature snapshots live recommendations store (ADR 0077).
     */
    public List<MatchResult> scoreAsOf(
            TenantId tenant, Requirement requirement, java.util.Collection<UUID> consultantIds, java.time.Instant at) {
        Objects.requireNonNull(at, "at");
        Set<UUID> wanted = new java.util.LinkedHashSet<>(consultantIds);
        if (wanted.isEmpty()) {
            return List.of();
        }
        MatchSettings s = settings.forTenant(tenant);
        String modelKey = model.info().key();
        float[] queryVector = index.find(tenant, EntityKind.REQUIREMENT, requirement.id(), modelKey)
                .orElseGet(() -> model.embed(ProfileText.of(requirement)).vector());
        Map<UUID, Double> cosine = new java.util.HashMap<>();
        for (VectorHit h :
                index.query(new VectorQuery(tenant, EntityKind.CONSULTANT, modelKey, queryVector, 1).among(wanted))) {
            cosine.put(h.id(), h.similarity());
        }
        List<LexicalCandidates.Hit> text = lexical.search(tenant, requirement, s.candidatePoolSize());
        Candidates pool = Candidates.fuse(List.of(), text, s.candidatePoolSize());
        Map<UUID, Double> titleCosine = titleSimilarities(tenant, requirement, modelKey, wanted);
        Map<UUID, Consultant> records = consultants.findAll(tenant, List.copyOf(wanted));
        java.time.LocalDate day = at.atOffset(java.time.ZoneOffset.UTC).toLocalDate();
        Map<UUID, List<Outcome>> consultantHistory = history.consultants(tenant, wanted);
        List<Outcome> companyHistory = requirement.clientName() == null
                ? List.of()
                : before(history.company(tenant, requirement.clientName()), day);
        MatchEngine then = new MatchEngine(java.time.Clock.fixed(at, java.time.ZoneOffset.UTC));
        List<MatchResult> out = new ArrayList<>();
        for (UUID id : wanted) {
            Consultant c = records.get(id);
            if (c == null) {
                continue;
            }
            Double cos = cosine.get(id);
            MatchInput in = (cos == null || Double.isNaN(cos)
                            ? MatchInput.of(requirement, c)
                            : MatchInput.of(requirement, c).withSimilarity(cos, modelKey))
                    .withHistory(before(consultantHistory.getOrDefault(id, List.of()), day), companyHistory)
                    .withTitleSimilarity(titleCosine.get(id))
                    .withLexicalRelevance(pool.lexicalRelevance(id));
            out.add(then.score(in, s));
        }
        out.sort(Comparator.comparingDouble(MatchResult::matchScore)
                .reversed()
                .thenComparing(MatchResult::consultantId));
        return out;
    }

    private static List<Outcome> before(List<Outcome> outcomes, java.time.LocalDate day) {
        return outcomes.stream().filter(o -> o.decidedOn().isBefore(day)).toList();
    }

    /** The results with the model's calibrated probability, {@code calibrated: true} and the model version recorded. */
    static List<MatchResult> calibrate(List<MatchResult> results, com.benchcrm.matching.success.SuccessModel m) {
        List<MatchResult> out = new ArrayList<>(results.size());
        for (MatchResult r : results) {
            double p = m.probability(com.benchcrm.matching.success.SuccessFeatures.of(r));
            out.add(new MatchResult(
                    r.consultantId(),
                    r.matchScore(),
                    p,
                    true,
                    r.reasons(),
                    r.factors(),
                    r.flags(),
                    r.modelVersion() + " success=" + m.version()));
        }
        return out;
    }

    /**
     * The cosine of the requirement's title vector (stored, or embedded now) with each candidate's stored
     * title vector: one k-NN query among the candidates. Empty when the requirement has no title.
     */
    private Map<UUID, Double> titleSimilarities(
            TenantId tenant, Requirement requirement, String modelKey, Set<UUID> candidates) {
        String title = ProfileText.title(requirement);
        if (title == null || candidates.isEmpty()) {
            return Map.of();
        }
        String key = ProfileText.titleKey(modelKey);
        float[] v = index.find(tenant, EntityKind.REQUIREMENT, requirement.id(), key)
                .orElseGet(() -> model.embed(title).vector());
        Map<UUID, Double> out = new java.util.HashMap<>(candidates.size() * 2);
        for (VectorHit h : index.query(new VectorQuery(tenant, EntityKind.CONSULTANT, key, v, 1).among(candidates))) {
            out.put(h.id(), h.similarity());
        }
        return out;
    }

    /**
     * The candidate pool: the k-NN hits and the lexical hits fused by reciprocal rank (k = 60, as hybrid
     * search), the best {@code size} kept; each with its profile cosine where known and its lexical
     * relevance (score over the best lexical score; 0 when the lexical search found others but not it).
     */
    record Candidates(List<UUID> ids, Map<UUID, Double> cosine, Map<UUID, Double> relevance, boolean lexicalRan) {

        static final int RRF_K = 60;

        static Candidates fuse(List<VectorHit> knn, List<LexicalCandidates.Hit> text, int size) {
            Map<UUID, Double> cosine = new LinkedHashMap<>();
            knn.forEach(h -> cosine.put(h.id(), h.similarity()));
            if (text.isEmpty()) {
                return new Candidates(List.copyOf(cosine.keySet()), cosine, Map.of(), false);
            }
            Map<UUID, Double> rrf = new LinkedHashMap<>();
            for (int r = 0; r < knn.size(); r++) {
                rrf.merge(knn.get(r).id(), 1.0 / (RRF_K + r + 1), Double::sum);
            }
            double best = text.stream()
                    .mapToDouble(LexicalCandidates.Hit::score)
                    .max()
                    .orElse(0);
            Map<UUID, Double> relevance = new java.util.HashMap<>();
            for (int r = 0; r < text.size(); r++) {
                LexicalCandidates.Hit h = text.get(r);
                rrf.merge(h.id(), 1.0 / (RRF_K + r + 1), Double::sum);
                relevance.merge(h.id(), best > 0 ? Math.max(0, h.score()) / best : 0, Math::max);
            }
            List<UUID> ids = rrf.entrySet().stream()
                    .sorted(Map.Entry.<UUID, Double>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(size)
                    .map(Map.Entry::getKey)
                    .toList();
            Map<UUID, Double> kept = new LinkedHashMap<>();
            for (UUID id : ids) {
                if (cosine.containsKey(id)) {
                    kept.put(id, cosine.get(id));
                }
            }
            return new Candidates(ids, kept, relevance, true);
        }

        /** Pool members the vector index did not return (found by their words). */
        Set<UUID> withoutCosine() {
            Set<UUID> out = new java.util.LinkedHashSet<>();
            ids.forEach(id -> {
                if (!cosine.containsKey(id)) {
                    out.add(id);
                }
            });
            return out;
        }

        Double lexicalRelevance(UUID id) {
            return lexicalRan ? relevance.getOrDefault(id, 0.0) : null;
        }

        /** The pool as hits in fused order; a member without a vector has similarity NaN (scored without the cosine). */
        List<VectorHit> hits() {
            List<VectorHit> out = new ArrayList<>(ids.size());
            for (UUID id : ids) {
                Double c = cosine.get(id);
                out.add(new VectorHit(id, c == null ? Double.NaN : c));
            }
            return out;
        }
    }
}

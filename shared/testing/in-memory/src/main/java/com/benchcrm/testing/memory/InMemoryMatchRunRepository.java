package com.benchcrm.testing.memory;

import com.benchcrm.consultant.Consultant;
import com.benchcrm.matching.MatchRun;
import com.benchcrm.matching.MatchRunRepository;
import com.benchcrm.matching.Outcome;
import com.benchcrm.matching.RecommendationFeedback;
import com.benchcrm.persistence.Tx;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@link MatchRunRepository} in memory. A run is read with its consultants' current names (a
 * recommendation whose consultant is gone is gone too, as the schema's cascade does), and a run goes
 * with its requirement. Outcomes come from recommendation feedback only: there is no in-memory
 * submission table yet, so the submission half of the history factor is empty here.
 */
public final class InMemoryMatchRunRepository implements MatchRunRepository {

    private final Table<UUID, NewRun> runs;
    private final Table<UUID, RecommendationFeedback> feedback;
    private final InMemoryConsultantRepository consultants;

    InMemoryMatchRunRepository(
            InMemoryTransactions store,
            InMemoryConsultantRepository consultants,
            InMemoryRequirementRepository requirements) {
        this.runs = store.table(Uuids.ORDER);
        this.feedback = store.table(Uuids.ORDER);
        this.consultants = consultants;
        requirements.onDelete((tx, requirementId) -> {
            runs.rows(tx).values().removeIf(r -> r.requirementId().equals(requirementId));
            feedback.rows(tx).values().removeIf(f -> f.requirementId().equals(requirementId));
        });
        consultants.onDelete((tx, consultantId) -> {
            runs.rows(tx).replaceAll((id, r) -> withoutConsultant(r, consultantId));
            feedback.rows(tx).values().removeIf(f -> f.consultantId().equals(consultantId));
        });
    }

    private static NewRun withoutConsultant(NewRun r, UUID consultantId) {
        return new NewRun(
                r.id(),
                r.requirementId(),
                r.requirementVersion(),
                r.trigger(),
                r.requestedBy(),
                r.topK(),
                r.candidates(),
                r.scored(),
                r.rejectedByRecruiter(),
                r.excluded(),
                r.engineVersion(),
                r.settingsVersion(),
                r.embeddingModel(),
                r.timingsMicros(),
                r.traceId(),
                r.createdAt(),
                r.recommendations().stream()
                        .filter(x -> !x.consultantId().equals(consultantId))
                        .toList());
    }

    @Override
    public void insert(Tx tx, NewRun run) {
        runs.rows(tx).put(run.id(), run);
    }

    @Override
    public Optional<MatchRun> find(Tx tx, UUID runId) {
        return Optional.ofNullable(runs.rows(tx).get(runId)).map(r -> read(tx, r));
    }

    @Override
    public Optional<MatchRun> latest(Tx tx, UUID requirementId) {
        return runs.rows(tx).descendingMap().values().stream()
                .filter(r -> r.requirementId().equals(requirementId))
                .findFirst()
                .map(r -> read(tx, r));
    }

    @Override
    public List<Snapshot> snapshotsSince(Tx tx, java.time.Instant since, int limit) {
        List<Snapshot> out = new java.util.ArrayList<>();
        runs.rows(tx).values().stream()
                .filter(r -> !r.createdAt().isBefore(since))
                .sorted(java.util.Comparator.comparing(NewRun::createdAt).reversed())
                .forEach(r -> r.recommendations()
                        .forEach(x -> out.add(new Snapshot(
                                x.factors(), x.matchScore(), !x.flags().isEmpty(), r.createdAt()))));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    @Override
    public Optional<RecommendationRef> findRecommendation(Tx tx, UUID recommendationId) {
        for (NewRun r : runs.rows(tx).values()) {
            for (NewRecommendation x : r.recommendations()) {
                if (x.id().equals(recommendationId)) {
                    return Optional.of(new RecommendationRef(r.requirementId(), x.consultantId()));
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public void saveFeedback(Tx tx, RecommendationFeedback fb) {
        feedback.rows(tx)
                .put(
                        fb.recommendationId(),
                        new RecommendationFeedback(
                                fb.recommendationId(),
                                fb.requirementId(),
                                fb.consultantId(),
                                fb.decision(),
                                fb.reason(),
                                fb.decidedBy(),
                                fb.decidedAt().truncatedTo(ChronoUnit.MICROS)));
    }

    @Override
    public Set<UUID> rejectedConsultants(Tx tx, UUID requirementId) {
        return latestRejections(tx, f -> f.requirementId().equals(requirementId), RecommendationFeedback::consultantId);
    }

    @Override
    public Set<UUID> rejectedRequirements(Tx tx, UUID consultantId) {
        return latestRejections(tx, f -> f.consultantId().equals(consultantId), RecommendationFeedback::requirementId);
    }

    private Set<UUID> latestRejections(
            Tx tx,
            java.util.function.Predicate<RecommendationFeedback> by,
            java.util.function.Function<RecommendationFeedback, UUID> key) {
        Map<UUID, RecommendationFeedback> latest = new HashMap<>();
        for (RecommendationFeedback f : feedback.rows(tx).values()) {
            if (by.test(f)) {
                latest.merge(key.apply(f), f, (a, b) -> b.decidedAt().isAfter(a.decidedAt()) ? b : a);
            }
        }
        Set<UUID> out = new HashSet<>();
        latest.forEach((k, f) -> {
            if (f.decision() == RecommendationFeedback.Decision.REJECT) {
                out.add(k);
            }
        });
        return out;
    }

    @Override
    public Map<UUID, List<Outcome>> consultantOutcomes(Tx tx, Collection<UUID> consultantIds) {
        Set<UUID> wanted = new HashSet<>(consultantIds);
        Map<UUID, List<Outcome>> out = new HashMap<>();
        for (RecommendationFeedback f : feedback.rows(tx).values()) {
            if (wanted.contains(f.consultantId())) {
                out.computeIfAbsent(f.consultantId(), k -> new ArrayList<>())
                        .add(new Outcome(
                                f.decidedAt().atOffset(ZoneOffset.UTC).toLocalDate(),
                                f.decision() == RecommendationFeedback.Decision.ACCEPT));
            }
        }
        return out;
    }

    @Override
    public List<Outcome> companyOutcomes(Tx tx, String clientName) {
        return List.of();
    }

    private MatchRun read(Tx tx, NewRun r) {
        Map<UUID, RecommendationFeedback> decisions = feedback.rows(tx);
        List<MatchRun.Recommendation> recs = new ArrayList<>();
        for (NewRecommendation x : r.recommendations().stream()
                .sorted(Comparator.comparingInt(NewRecommendation::rank))
                .toList()) {
            Optional<Consultant> c = consultants.find(tx, x.consultantId());
            if (c.isEmpty()) {
                continue;
            }
            recs.add(new MatchRun.Recommendation(
                    x.id(),
                    x.rank(),
                    x.consultantId(),
                    c.get().fullName(),
                    c.get().title(),
                    x.matchScore(),
                    x.successProbability(),
                    x.calibrated(),
                    x.reasons(),
                    x.factors(),
                    x.flags(),
                    x.modelVersion(),
                    decisions.get(x.id())));
        }
        return new MatchRun(
                r.id(),
                r.requirementId(),
                r.requirementVersion(),
                r.trigger(),
                r.requestedBy(),
                r.topK(),
                r.candidates(),
                r.scored(),
                r.rejectedByRecruiter(),
                r.excluded(),
                r.engineVersion(),
                r.settingsVersion(),
                r.embeddingModel(),
                r.timingsMicros(),
                r.createdAt().truncatedTo(ChronoUnit.MICROS),
                recs);
    }
}

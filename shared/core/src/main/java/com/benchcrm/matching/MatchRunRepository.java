package com.benchcrm.matching;

import com.benchcrm.persistence.Tx;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Port: the stored match runs of the {@link Tx}'s tenant with their recommendations, the recruiters'
 * feedback on them, and the decided outcomes the history factor reads. A run goes with its
 * requirement, a recommendation with its consultant (deleting either removes them).
 */
public interface MatchRunRepository {

    /** A run to store, with its recommendations in rank order. */
    record NewRun(
            UUID id,
            UUID requirementId,
            long requirementVersion,
            MatchTrigger trigger,
            String requestedBy,
            int topK,
            int candidates,
            int scored,
            int rejectedByRecruiter,
            Map<String, Integer> excluded,
            String engineVersion,
            String settingsVersion,
            String embeddingModel,
            Map<String, Long> timingsMicros,
            String traceId,
            Instant createdAt,
            List<NewRecommendation> recommendations) {

        public NewRun {
            excluded = Map.copyOf(excluded);
            timingsMicros = Map.copyOf(timingsMicros);
            recommendations = List.copyOf(recommendations);
        }
    }

    /** One recommendation of a new run. */
    record NewRecommendation(
            UUID id,
            int rank,
            UUID consultantId,
            double matchScore,
            double successProbability,
            boolean calibrated,
            List<String> reasons,
            List<FactorScore> factors,
            List<MatchFlag> flags,
            String modelVersion) {}

    /** What a recommendation was about. */
    record RecommendationRef(UUID requirementId, UUID consultantId) {}

    void insert(Tx tx, NewRun run);

    /** A stored run with its recommendations (each with the consultant's current name and title, and its feedback). */
    Optional<MatchRun> find(Tx tx, UUID runId);

    /** The requirement's newest run. */
    Optional<MatchRun> latest(Tx tx, UUID requirementId);

    Optional<RecommendationRef> findRecommendation(Tx tx, UUID recommendationId);

    /** Stores a decision on a recommendation, replacing an earlier one. */
    void saveFeedback(Tx tx, RecommendationFeedback feedback);

    /** Consultants whose latest decision for this requirement is REJECT. */
    Set<UUID> rejectedConsultants(Tx tx, UUID requirementId);

    /** Requirements whose latest decision on this consultant is REJECT. */
    Set<UUID> rejectedRequirements(Tx tx, UUID consultantId);

    /**
     * The recruiters' feedback as outcomes, by consultant: ACCEPT won, REJECT lost, dated by the decision.
     * The pipeline's outcomes (submissions, interviews, placements) come from {@code PipelineHistory},
     * which counts these as its weaker signal (ADR 0089).
     */
    Map<UUID, List<Outcome>> consultantOutcomes(Tx tx, Collection<UUID> consultantIds);

    /** Nothing: feedback is about consultants; a client's history is its submissions' ({@code PipelineHistory}). */
    List<Outcome> companyOutcomes(Tx tx, String clientName);

    /**
     * The tenant's labelled recommendations for the success model's training job (ADR 0076): per requirement and
     * consultant the latest recommendation made before the submission, with its outcome. An adapter that keeps no
     * submissions returns none.
     */
    default List<com.benchcrm.matching.success.LabelledOutcome> labelledOutcomes(Tx tx) {
        return List.of();
    }

    /** A stored recommendation's feature snapshot (what the success model reads), for drift (ADR 0078). */
    record Snapshot(List<FactorScore> factors, double matchScore, boolean flagged, Instant recommendedAt) {

        public Snapshot {
            factors = List.copyOf(factors);
        }
    }

    /** The most recent at most {@code limit} recommendations made at or after {@code since}, newest first. */
    default List<Snapshot> snapshotsSince(Tx tx, Instant since, int limit) {
        return List.of();
    }
}

package com.benchcrm.matching;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A stored recommendation run: what was ranked, with which engine, settings and model, what it took,
 * and the recommendations it returned, each with the factors and reasons as they were then.
 */
public record MatchRun(
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
        Instant createdAt,
        List<Recommendation> recommendations) {

    public MatchRun {
        excluded = Map.copyOf(excluded);
        timingsMicros = Map.copyOf(timingsMicros);
        recommendations = List.copyOf(recommendations);
    }

    /**
     * One recommended consultant.
     *
     * @param feedback the latest recruiter decision on it, or null
     */
    public record Recommendation(
            UUID id,
            int rank,
            UUID consultantId,
            String consultantName,
            String consultantTitle,
            double matchScore,
            double successProbability,
            boolean calibrated,
            List<String> reasons,
            List<FactorScore> factors,
            List<MatchFlag> flags,
            String modelVersion,
            RecommendationFeedback feedback) {

        public Recommendation {
            reasons = List.copyOf(reasons);
            factors = List.copyOf(factors);
            flags = List.copyOf(flags);
        }
    }
}

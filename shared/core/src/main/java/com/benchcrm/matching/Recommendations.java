package com.benchcrm.matching;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The outcome of one recommendation run: the top results and what it took to get them (what phase 2
 * persists as a MatchRun with its Recommendations).
 *
 * @param results        at most topK, best first; each with its factors and reasons
 * @param candidates     k-NN candidates retrieved
 * @param scored         candidates scored (found in the store, not rejected earlier)
 * @param excluded       candidates dropped by each hard filter set to EXCLUDE
 * @param settingsVersion the tenant's settings version
 * @param embeddingModel the model key the candidates were searched with
 * @param timingsMicros  where the time went: {@code queryVector}, {@code knn}, {@code load}, {@code score}
 */
public record Recommendations(
        UUID requirementId,
        List<MatchResult> results,
        int candidates,
        int scored,
        Map<HardFilter, Integer> excluded,
        int rejectedByRecruiter,
        String settingsVersion,
        String embeddingModel,
        Map<String, Long> timingsMicros) {

    public Recommendations {
        results = List.copyOf(results);
        excluded = Map.copyOf(excluded);
        timingsMicros = Map.copyOf(timingsMicros);
    }
}

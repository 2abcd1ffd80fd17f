package com.benchcrm.matching;

import java.util.List;
import java.util.UUID;

/**
 * One consultant scored against one requirement.
 *
 * @param matchScore         sum of the factor contributions, in [0, 1]
 * @param successProbability in [0, 1]; while {@code calibrated} is false it is a fixed monotone mapping
 *                           of the score (see {@link MatchEngine#successProbability}), not a frequency
 * @param reasons            sentences for a recruiter: failed filters first, then one per factor, heaviest first
 * @param factors            every factor, in {@link Factor} order
 * @param flags              hard filters failed (excluded or flagged)
 * @param modelVersion       engine, settings and embedding model that made this result, for the audit
 */
public record MatchResult(
        UUID consultantId,
        double matchScore,
        double successProbability,
        boolean calibrated,
        List<String> reasons,
        List<FactorScore> factors,
        List<MatchFlag> flags,
        String modelVersion) {

    public MatchResult {
        reasons = List.copyOf(reasons);
        factors = List.copyOf(factors);
        flags = List.copyOf(flags);
    }

    public boolean excluded() {
        return flags.stream().anyMatch(f -> f.action() == FilterAction.EXCLUDE);
    }

    public FactorScore factor(Factor f) {
        return factors.stream().filter(s -> s.factor() == f).findFirst().orElseThrow();
    }
}

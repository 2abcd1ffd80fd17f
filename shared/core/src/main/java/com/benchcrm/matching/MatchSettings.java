package com.benchcrm.matching;

import java.util.Objects;

/**
 * A tenant's matching configuration, versioned so every recommendation records which settings made it.
 *
 * @param version           the tenant's settings version, recorded in every result (for example {@code default-1})
 * @param weights           factor weights
 * @param skillOverlapShare share of the skills factor from the weighted skill overlap; the rest is the
 *                          embedding cosine (seed: 0.7 / 0.3)
 * @param filters           hard filters
 * @param candidatePoolSize how many k-NN candidates are re-ranked (1 to 1000; default 200)
 */
public record MatchSettings(
        String version, MatchWeights weights, double skillOverlapShare, HardFilters filters, int candidatePoolSize) {

    public static final MatchSettings DEFAULT =
            new MatchSettings("default-1", MatchWeights.DEFAULT, 0.7, HardFilters.DEFAULT, 200);

    public MatchSettings {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(filters, "filters");
        if (!(skillOverlapShare >= 0 && skillOverlapShare <= 1)) {
            throw new IllegalArgumentException("skillOverlapShare must be between 0 and 1");
        }
        if (candidatePoolSize < 1 || candidatePoolSize > 1000) {
            throw new IllegalArgumentException("candidatePoolSize must be between 1 and 1000");
        }
    }

    public MatchSettings withWeights(String newVersion, MatchWeights w) {
        return new MatchSettings(newVersion, w, skillOverlapShare, filters, candidatePoolSize);
    }

    public MatchSettings withFilters(HardFilters f) {
        return new MatchSettings(version, weights, skillOverlapShare, f, candidatePoolSize);
    }

    public MatchSettings withCandidatePoolSize(int n) {
        return new MatchSettings(version, weights, skillOverlapShare, filters, n);
    }
}

package com.benchcrm.matching;

import java.util.Map;
import java.util.Objects;

/**
 * One factor of a match: its value in [0, 1], its weight, the contribution to the score
 * ({@code weight x value}), the sentence that explains it, and the numbers behind it (the feature
 * snapshot: for skills the overlap and the embedding cosine, for rate both normalized amounts...).
 */
public record FactorScore(
        Factor factor, double value, double weight, double contribution, String reason, Map<String, Double> inputs) {

    public FactorScore {
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(reason, "reason");
        inputs = inputs == null ? Map.of() : Map.copyOf(inputs);
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(factor + " value out of [0, 1]: " + value);
        }
    }
}

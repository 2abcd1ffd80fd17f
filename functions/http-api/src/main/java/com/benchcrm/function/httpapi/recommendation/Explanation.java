package com.benchcrm.function.httpapi.recommendation;

import com.benchcrm.matching.FactorScore;
import com.benchcrm.matching.MatchFlag;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Why a consultant ranks where it does: the recruiter sentences, every factor's value and
 * contribution, and the flags of hard filters set to {@code flag} ({@code explain=false} leaves it out).
 */
public record Explanation(List<String> reasons, List<Factor> factors, List<Flag> flags) {

    /** One factor: its value, weight and contribution (value x weight), with the inputs it was computed from. */
    public record Factor(
            String factor,
            double value,
            double weight,
            double contribution,
            String reason,
            Map<String, Double> inputs) {}

    /** A hard filter's finding that did not exclude the consultant. */
    public record Flag(String filter, String action, String reason) {}

    static Explanation of(List<String> reasons, List<FactorScore> factors, List<MatchFlag> flags) {
        return new Explanation(
                reasons,
                factors.stream()
                        .map(f -> new Factor(
                                f.factor().code(),
                                Rounding.round(f.value()),
                                Rounding.round(f.weight()),
                                Rounding.round(f.contribution()),
                                f.reason(),
                                f.inputs()))
                        .toList(),
                flags.stream()
                        .map(f -> new Flag(
                                f.filter().name().toLowerCase(Locale.ROOT),
                                f.action().name().toLowerCase(Locale.ROOT),
                                f.reason()))
                        .toList());
    }
}

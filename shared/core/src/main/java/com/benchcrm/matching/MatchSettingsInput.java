package com.benchcrm.matching;

import com.benchcrm.common.ValidationException;
import com.benchcrm.common.Validator;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * A tenant's matching settings as {@code PUT /v1/settings/matching} takes them; every field is
 * required (except the {@code role} weight, 0 when absent, so clients written before that factor
 * still work), so what is stored is exactly what was sent.
 *
 * <pre>{@code
 * {"weights": {"skills": 0.35, "location": 0.15, "rate": 0.10, "seniority": 0.05, "history": 0.05, "availability": 0.05, "role": 0.25},
 *  "skillOverlapShare": 0.7, "candidatePoolSize": 200,
 *  "filters": {"workAuthorization": "exclude", "availability": "exclude", "rateOverBudget": "flag",
 *              "availabilityWindowDays": 30, "rateTolerance": 0.25, "requiredSkills": "exclude",
 *              "minRequiredSkillShare": 0.25}}
 * }</pre>
 */
public record MatchSettingsInput(Map<String, Double> weights, Double skillOverlapShare, Integer candidatePoolSize, Filters filters) {

    /** Hard filters: actions {@code exclude}, {@code flag} or {@code off}. */
    public record Filters(String workAuthorization, String availability, String rateOverBudget, Integer availabilityWindowDays,
                          Double rateTolerance, String requiredSkills, Double minRequiredSkillShare) {
    }

    public static MatchSettingsInput of(MatchSettings s) {
        Map<String, Double> w = new java.util.LinkedHashMap<>();
        s.weights().asMap().forEach((f, v) -> w.put(f.code(), v));
        HardFilters h = s.filters();
        return new MatchSettingsInput(w, s.skillOverlapShare(), s.candidatePoolSize(), new Filters(code(h.workAuthorization()),
                code(h.availability()), code(h.rateOverBudget()), h.availabilityWindowDays(), h.rateTolerance(),
                code(h.requiredSkills()), h.minRequiredSkillShare()));
    }

    /** Validates everything at once and builds the settings under {@code version}. */
    public MatchSettings toSettings(String version) {
        Validator v = new Validator();
        Map<Factor, Double> byFactor = new EnumMap<>(Factor.class);
        if (weights == null) {
            v.add("/weights", "is required");
        } else {
            for (String name : weights.keySet()) {
                if (java.util.Arrays.stream(Factor.values()).noneMatch(f -> f.code().equals(name))) {
                    v.add("/weights/" + name, "is not a factor (skills, location, rate, seniority, history, availability, role)");
                }
            }
            for (Factor f : Factor.values()) {
                Double w = weights.get(f.code());
                if (w == null && f == Factor.ROLE) {
                    w = 0.0; // optional: clients written before the role factor send six weights
                }
                if (w == null) {
                    v.add("/weights/" + f.code(), "is required");
                } else if (!(w >= 0 && w <= 1)) {
                    v.add("/weights/" + f.code(), "must be between 0 and 1");
                } else {
                    byFactor.put(f, w);
                }
            }
            if (byFactor.size() == Factor.values().length) {
                double sum = byFactor.values().stream().mapToDouble(Double::doubleValue).sum();
                if (Math.abs(sum - 1) > MatchWeights.SUM_TOLERANCE) {
                    v.add("/weights", "must sum to 1, not " + Math.round(sum * 1e6) / 1e6);
                }
            }
        }
        if (skillOverlapShare == null || !(skillOverlapShare >= 0 && skillOverlapShare <= 1)) {
            v.add("/skillOverlapShare", "is required, between 0 and 1");
        }
        if (candidatePoolSize == null || candidatePoolSize < 1 || candidatePoolSize > 1000) {
            v.add("/candidatePoolSize", "is required, between 1 and 1000");
        }
        FilterAction auth = null;
        FilterAction avail = null;
        FilterAction rate = null;
        FilterAction skills = null;
        if (filters == null) {
            v.add("/filters", "is required");
        } else {
            auth = action(v, "/filters/workAuthorization", filters.workAuthorization());
            avail = action(v, "/filters/availability", filters.availability());
            rate = action(v, "/filters/rateOverBudget", filters.rateOverBudget());
            if (filters.availabilityWindowDays() == null || filters.availabilityWindowDays() < 0 || filters.availabilityWindowDays() > 365) {
                v.add("/filters/availabilityWindowDays", "is required, between 0 and 365");
            }
            if (filters.rateTolerance() == null || !(filters.rateTolerance() >= 0 && filters.rateTolerance() <= 10)) {
                v.add("/filters/rateTolerance", "is required, between 0 and 10");
            }
            skills = action(v, "/filters/requiredSkills", filters.requiredSkills());
            if (filters.minRequiredSkillShare() == null || !(filters.minRequiredSkillShare() >= 0 && filters.minRequiredSkillShare() <= 1)) {
                v.add("/filters/minRequiredSkillShare", "is required, between 0 and 1");
            }
        }
        v.throwIfInvalid();
        try {
            return new MatchSettings(version, MatchWeights.of(byFactor), skillOverlapShare,
                    new HardFilters(auth, avail, rate, filters.availabilityWindowDays(), filters.rateTolerance(), skills,
                            filters.minRequiredSkillShare()), candidatePoolSize);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(java.util.List.of(new ValidationException.FieldError("", e.getMessage())));
        }
    }

    private static FilterAction action(Validator v, String field, String value) {
        if (value == null) {
            v.add(field, "is required: exclude, flag or off");
            return null;
        }
        try {
            return FilterAction.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            v.add(field, "must be exclude, flag or off");
            return null;
        }
    }

    private static String code(FilterAction a) {
        return a.name().toLowerCase(Locale.ROOT);
    }
}

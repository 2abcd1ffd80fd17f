package com.benchcrm.matching;

import java.util.EnumMap;
import java.util.Map;

/**
 * How much each factor counts: non-negative, summing to 1, so a match score stays in [0, 1] and a
 * factor's contribution is {@code weight x value}. Per-tenant configuration; {@link #DEFAULT} is the
 * seed plan's section 7.2.
 *
 * <pre>{@code
 * MatchWeights w = new MatchWeights(0.45, 0.15, 0.15, 0.10, 0.10, 0.05);   // a remote-first desk
 * }</pre>
 */
public record MatchWeights(double skills, double location, double rate, double seniority, double history,
                           double availability, double role) {

    /** Seed 001 section 7.2: 0.40 skills, 0.20 location, 0.15 rate, 0.10 seniority, 0.10 history, 0.05 availability. */
    public static final MatchWeights SEED = new MatchWeights(0.40, 0.20, 0.15, 0.10, 0.10, 0.05);

    /**
     * The default since issue 14 (ADR 0075): the seed's factors scaled to make room for the role (title)
     * factor: 0.35 skills, 0.25 role, 0.15 location, 0.10 rate, 0.05 seniority, 0.05 history, 0.05 availability.
     */
    public static final MatchWeights DEFAULT = new MatchWeights(0.35, 0.15, 0.10, 0.05, 0.05, 0.05, 0.25);

    /** Weights without the role factor (settings written before it existed read this way). */
    public MatchWeights(double skills, double location, double rate, double seniority, double history, double availability) {
        this(skills, location, rate, seniority, history, availability, 0);
    }

    /** How far the sum may be from 1 (configuration typed by people: 0.33 + 0.33 + ... is not exact). */
    public static final double SUM_TOLERANCE = 1e-6;

    public MatchWeights {
        double[] all = {skills, location, rate, seniority, history, availability, role};
        double sum = 0;
        for (double w : all) {
            if (!Double.isFinite(w) || w < 0 || w > 1) {
                throw new IllegalArgumentException("each weight must be between 0 and 1: " + w);
            }
            sum += w;
        }
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            throw new IllegalArgumentException("weights must sum to 1, not " + sum);
        }
    }

    /** Builds weights from a map by factor; a missing factor weighs 0. */
    public static MatchWeights of(Map<Factor, Double> byFactor) {
        return new MatchWeights(get(byFactor, Factor.SKILLS), get(byFactor, Factor.LOCATION), get(byFactor, Factor.RATE),
                get(byFactor, Factor.SENIORITY), get(byFactor, Factor.HISTORY), get(byFactor, Factor.AVAILABILITY),
                get(byFactor, Factor.ROLE));
    }

    private static double get(Map<Factor, Double> m, Factor f) {
        Double v = m.get(f);
        return v == null ? 0 : v;
    }

    public double of(Factor f) {
        return switch (f) {
            case SKILLS -> skills;
            case LOCATION -> location;
            case RATE -> rate;
            case SENIORITY -> seniority;
            case HISTORY -> history;
            case AVAILABILITY -> availability;
            case ROLE -> role;
        };
    }

    public Map<Factor, Double> asMap() {
        Map<Factor, Double> m = new EnumMap<>(Factor.class);
        for (Factor f : Factor.values()) {
            m.put(f, of(f));
        }
        return m;
    }
}

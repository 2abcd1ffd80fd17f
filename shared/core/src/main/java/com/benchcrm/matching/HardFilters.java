package com.benchcrm.matching;

import java.util.Objects;

/**
 * Hard-filter configuration.
 *
 * @param workAuthorization  action when the consultant's authorization is one the requirement excludes ("No OPT/CPT"), or
 *                           the requirement lists the ones it accepts and the consultant's is not among them
 * @param availability       action when the consultant is not available, or available more than
 *                           {@code availabilityWindowDays} after the start date
 * @param rateOverBudget     action when the normalized rate is more than {@code rateTolerance} over budget
 * @param availabilityWindowDays days after the start date that still count as available (0 or more)
 * @param rateTolerance      share over budget that is still negotiable (0.25 = 25% over)
 * @param requiredSkills     action when the consultant holds fewer than {@code minRequiredSkillShare} of the
 *                           requirement's required skills (and at least one when it lists any); a
 *                           consultant with no skills on file is not judged (unknown is not lacking)
 * @param minRequiredSkillShare share of the required skills a consultant must hold (0.25: 1 of 2-4, 2 of 5-8)
 */
public record HardFilters(
        FilterAction workAuthorization,
        FilterAction availability,
        FilterAction rateOverBudget,
        int availabilityWindowDays,
        double rateTolerance,
        FilterAction requiredSkills,
        double minRequiredSkillShare) {

    /** Authorization and availability exclude; a rate far over budget (25%+) is flagged, since rates are negotiated. */
    public static final HardFilters DEFAULT = new HardFilters(
            FilterAction.EXCLUDE, FilterAction.EXCLUDE, FilterAction.FLAG, 30, 0.25, FilterAction.EXCLUDE, 0.25);

    /** The three original filters; required skills at their default (exclude below a quarter). */
    public HardFilters(
            FilterAction workAuthorization,
            FilterAction availability,
            FilterAction rateOverBudget,
            int availabilityWindowDays,
            double rateTolerance) {
        this(
                workAuthorization,
                availability,
                rateOverBudget,
                availabilityWindowDays,
                rateTolerance,
                FilterAction.EXCLUDE,
                0.25);
    }

    /** How many of {@code total} required skills a consultant must hold: at least one when there are any. */
    public int requiredSkillsNeeded(int total) {
        return total == 0 ? 0 : Math.max(1, (int) Math.ceil(minRequiredSkillShare * total - 1e-9));
    }

    public HardFilters {
        Objects.requireNonNull(workAuthorization, "workAuthorization");
        Objects.requireNonNull(availability, "availability");
        Objects.requireNonNull(rateOverBudget, "rateOverBudget");
        Objects.requireNonNull(requiredSkills, "requiredSkills");
        if (!(minRequiredSkillShare >= 0 && minRequiredSkillShare <= 1)) {
            throw new IllegalArgumentException("minRequiredSkillShare must be between 0 and 1");
        }
        if (availabilityWindowDays < 0) {
            throw new IllegalArgumentException("availabilityWindowDays must not be negative");
        }
        if (!(rateTolerance >= 0 && rateTolerance <= 10)) {
            throw new IllegalArgumentException("rateTolerance must be between 0 and 10");
        }
    }

    public FilterAction action(HardFilter f) {
        return switch (f) {
            case WORK_AUTHORIZATION -> workAuthorization;
            case AVAILABILITY -> availability;
            case RATE_OVER_BUDGET -> rateOverBudget;
            case REQUIRED_SKILLS -> requiredSkills;
            case WORK_AUTHORIZATION_EXPIRY -> FilterAction.FLAG;
        };
    }
}

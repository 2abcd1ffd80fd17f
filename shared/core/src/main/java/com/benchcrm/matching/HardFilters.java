package com.benchcrm.matching;

import java.util.Objects;

/**
 * Hard-filter configuration.
 *
 * @param workAuthorization  action when the consultant's authorization is not in the requirement's list
 * @param availability       action when the consultant is not available, or available more than
 *                           {@code availabilityWindowDays} after the start date
 * @param rateOverBudget     action when the normalized rate is more than {@code rateTolerance} over budget
 * @param availabilityWindowDays days after the start date that still count as available (0 or more)
 * @param rateTolerance      share over budget that is still negotiable (0.25 = 25% over)
 */
public record HardFilters(FilterAction workAuthorization, FilterAction availability, FilterAction rateOverBudget,
                          int availabilityWindowDays, double rateTolerance) {

    /** Authorization and availability exclude; a rate far over budget (25%+) is flagged, since rates are negotiated. */
    public static final HardFilters DEFAULT = new HardFilters(FilterAction.EXCLUDE, FilterAction.EXCLUDE,
            FilterAction.FLAG, 30, 0.25);

    public HardFilters {
        Objects.requireNonNull(workAuthorization, "workAuthorization");
        Objects.requireNonNull(availability, "availability");
        Objects.requireNonNull(rateOverBudget, "rateOverBudget");
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
        };
    }
}

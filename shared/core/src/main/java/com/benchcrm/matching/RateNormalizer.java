package com.benchcrm.matching;

import com.benchcrm.common.EmploymentType;
import com.benchcrm.common.Rate;
import com.benchcrm.common.RateUnit;

/**
 * Puts a rate and a budget on one scale before they are compared: a C2C-equivalent hourly amount.
 *
 * <p><b>Unit.</b> 8 hours a day, 2,080 hours a year (52 weeks of 40 h), a month is a twelfth of
 * that (173.33 h). <b>Employment type.</b> What the same person costs a vendor, relative to a C2C
 * rate, where the vendor pays the consultant's employer taxes and benefits on W2 and nothing on C2C:
 * <ul>
 *   <li>C2C: 1.0</li>
 *   <li>1099: 1 / 0.92 = 1.087 (the independent contractor carries self-employment tax; vendors pay
 *       about 8% less than C2C for the same person, as the demo data and common bench practice do)</li>
 *   <li>W2 (hourly): 1 / 0.85 = 1.176 (employer payroll taxes, insurance and a thin benefit load)</li>
 *   <li>FULL_TIME (a salary, usually YEAR): 1.35 (benefits, paid time off and taxes on top of salary:
 *       a $100k salary is about $48/h, $65/h C2C-equivalent)</li>
 * </ul>
 * A rate without an employment type counts as C2C. So "$60/h W2" compares as $70.59/h against a C2C
 * budget, and a $120,000/year full-time budget as $77.88/h.
 */
public final class RateNormalizer {

    public static final double HOURS_PER_DAY = 8;
    public static final double HOURS_PER_YEAR = 2080;
    public static final double HOURS_PER_MONTH = HOURS_PER_YEAR / 12;

    private RateNormalizer() {}

    /** Hours in one unit. */
    public static double hours(RateUnit unit) {
        return switch (unit) {
            case HOUR -> 1;
            case DAY -> HOURS_PER_DAY;
            case MONTH -> HOURS_PER_MONTH;
            case YEAR -> HOURS_PER_YEAR;
        };
    }

    /** Multiplier from an amount on this employment type to its C2C-equivalent cost. */
    public static double c2cFactor(EmploymentType type) {
        if (type == null) {
            return 1.0;
        }
        return switch (type) {
            case C2C -> 1.0;
            case C1099 -> 1 / 0.92;
            case W2 -> 1 / 0.85;
            case FULL_TIME -> 1.35;
        };
    }

    /** The C2C-equivalent hourly amount of a rate (in the rate's own currency). */
    public static double c2cHourly(Rate rate) {
        return rate.amount().doubleValue() / hours(rate.unit()) * c2cFactor(rate.employmentType());
    }
}

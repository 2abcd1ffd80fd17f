package com.benchcrm.margin;

import com.benchcrm.common.EmploymentType;
import com.benchcrm.common.Rate;
import com.benchcrm.common.ValidationException;
import com.benchcrm.matching.RateNormalizer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Margin and markup of a bill rate against a pay rate, across units and employment types.
 *
 * <ul>
 *   <li><b>Units.</b> Both rates become hourly: 8 hours a day, 2,080 a year, a twelfth of that a
 *       month ({@link RateNormalizer#hours}).</li>
 *   <li><b>Employment type</b> (of the pay rate). C2C and 1099: the firm pays the rate and nothing
 *       else. W2 (and a salaried FULL_TIME consultant): the firm also pays the employer's share of
 *       payroll taxes and benefits, the tenant's {@code w2BurdenPercent} on top of the pay.</li>
 *   <li><b>Consistency.</b> The two rates must be in one currency, and neither may be more than ten
 *       times the other once both are hourly (that is a unit typed wrong, not a deal).</li>
 * </ul>
 *
 * <pre>{@code
 * Margin m = Margins.of(new Rate(new BigDecimal("85"), "USD", RateUnit.HOUR, EmploymentType.C2C),
 *         new Rate(new BigDecimal("120000"), "USD", RateUnit.YEAR, EmploymentType.W2), new BigDecimal("15"));
 * // cost 120000 / 2080 * 1.15 = 66.35/h, margin 18.65/h, 21.94 % of the bill, markup 28.11 %
 * }</pre>
 */
public final class Margins {

    /** Neither hourly rate may exceed the other more than this many times. */
    static final BigDecimal MAX_RATIO = BigDecimal.TEN;

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Margins() {}

    /**
     * The margin of {@code bill} over {@code pay}.
     *
     * @param billPointer, payPointer JSON pointers of the two rates in the request, for the field errors
     * @throws ValidationException naming the field when the rates are in two currencies or ten times apart
     */
    public static Margin of(Rate bill, Rate pay, BigDecimal w2BurdenPercent, String billPointer, String payPointer) {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (!bill.currency().equals(pay.currency())) {
            errors.add(new ValidationException.FieldError(
                    payPointer + "/currency",
                    "must be the bill rate's currency (" + bill.currency()
                            + "); margins are not converted between currencies"));
            throw new ValidationException(errors);
        }
        BigDecimal billHourly = hourly(bill);
        BigDecimal payHourly = hourly(pay);
        BigDecimal cost = payHourly.multiply(burdenFactor(pay.employmentType(), w2BurdenPercent), MC);
        if (cost.compareTo(billHourly.multiply(MAX_RATIO)) > 0 || billHourly.compareTo(cost.multiply(MAX_RATIO)) > 0) {
            errors.add(new ValidationException.FieldError(
                    payPointer,
                    "the pay rate is " + money(payHourly) + " " + pay.currency() + " per hour and the bill rate ("
                            + billPointer + ") " + money(billHourly)
                            + " per hour: one is more than ten times the other; check the amounts and units"));
            throw new ValidationException(errors);
        }
        BigDecimal margin = billHourly.subtract(cost, MC);
        return new Margin(
                bill.currency(),
                scale(billHourly),
                scale(cost),
                scale(margin),
                scale(margin.multiply(HUNDRED).divide(billHourly, MC)),
                scale(margin.multiply(HUNDRED).divide(cost, MC)));
    }

    /** {@link #of(Rate, Rate, BigDecimal, String, String)} with the pointers {@code /billRate} and {@code /payRate}. */
    public static Margin of(Rate bill, Rate pay, BigDecimal w2BurdenPercent) {
        return of(bill, pay, w2BurdenPercent, "/billRate", "/payRate");
    }

    /** The amount per hour. */
    public static BigDecimal hourly(Rate rate) {
        return rate.amount().divide(BigDecimal.valueOf(RateNormalizer.hours(rate.unit())), MC);
    }

    /** 1 for C2C and 1099 (and no type); 1 + burden for W2 and FULL_TIME. */
    static BigDecimal burdenFactor(EmploymentType type, BigDecimal w2BurdenPercent) {
        if (type == EmploymentType.W2 || type == EmploymentType.FULL_TIME) {
            return BigDecimal.ONE.add(w2BurdenPercent.divide(HUNDRED, MC));
        }
        return BigDecimal.ONE;
    }

    private static BigDecimal scale(BigDecimal v) {
        return v.setScale(4, RoundingMode.HALF_UP);
    }

    private static String money(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}

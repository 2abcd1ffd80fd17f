package com.benchcrm.margin;

import java.math.BigDecimal;

/**
 * What a firm keeps per hour between the bill rate (what the vendor pays it) and the consultant's
 * cost (the pay rate, plus the employer's burden on W2 pay), on one scale: per hour, in the bill
 * rate's currency. Computed by {@link Margins#of}.
 *
 * @param billHourly    the bill rate per hour
 * @param costHourly    the pay rate per hour, with the W2 burden when the consultant is on W2 (or salaried)
 * @param marginHourly  {@code billHourly - costHourly}; negative when the firm loses money
 * @param marginPercent gross margin: {@code marginHourly / billHourly}, in percent
 * @param markupPercent markup: {@code marginHourly / costHourly}, in percent
 */
public record Margin(
        String currency,
        BigDecimal billHourly,
        BigDecimal costHourly,
        BigDecimal marginHourly,
        BigDecimal marginPercent,
        BigDecimal markupPercent) {

    /** Whether the firm would lose money (a negative margin). */
    public boolean negative() {
        return marginHourly.signum() < 0;
    }

    /** Whether the gross margin is below {@code floorPercent}. */
    public boolean below(BigDecimal floorPercent) {
        return negative() || marginPercent.compareTo(floorPercent) < 0;
    }
}

package com.benchcrm.submission;

import com.benchcrm.common.BenchCrmException;
import com.benchcrm.margin.Margin;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The rates leave less than the tenant's margin floor (or a loss), and no override reason was
 * given (a 422 {@code margin-below-floor} with the margin and the floor).
 */
public final class MarginBelowFloorException extends BenchCrmException {

    private final Margin margin;
    private final BigDecimal floorPercent;

    public MarginBelowFloorException(Margin margin, BigDecimal floorPercent) {
        super("the gross margin is "
                + margin.marginPercent().setScale(2, RoundingMode.HALF_UP).toPlainString() + " % ("
                + margin.marginHourly().setScale(2, RoundingMode.HALF_UP).toPlainString() + " " + margin.currency()
                + " per hour)"
                + (margin.negative() ? ", a loss" : "") + "; the floor is " + floorPercent.toPlainString()
                + " %: change the rates, or an Admin or Owner may go ahead with override.marginReason");
        this.margin = margin;
        this.floorPercent = floorPercent;
    }

    public Margin margin() {
        return margin;
    }

    public BigDecimal floorPercent() {
        return floorPercent;
    }
}

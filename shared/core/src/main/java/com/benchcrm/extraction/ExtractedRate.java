package com.benchcrm.extraction;

import com.benchcrm.common.RateUnit;
import java.math.BigDecimal;

/**
 * A rate or salary: {@code amount} (the upper bound of a range in {@code maxAmount}), currency, unit.
 */
public record ExtractedRate(BigDecimal amount, BigDecimal maxAmount, String currency, RateUnit unit, String source) {

    public ExtractedRate {
        source = source != null && source.length() > Sourced.MAX_SOURCE
                ? source.substring(0, Sourced.MAX_SOURCE)
                : source;
    }
}

package com.benchcrm.common;

import java.math.BigDecimal;

/**
 * A pay rate or a budget: amount, currency, unit and employment type ({@code C2C}, {@code W2},
 * {@code 1099} or {@code FULL_TIME}).
 */
public record Rate(BigDecimal amount, String currency, RateUnit unit, EmploymentType employmentType) {

    private static final BigDecimal MAX = new BigDecimal("10000000");

    public void validate(String prefix, Validator v) {
        v.required(prefix + "/amount", amount);
        v.check(amount == null || amount.signum() > 0, prefix + "/amount", "must be greater than 0");
        v.range(prefix + "/amount", amount, BigDecimal.ZERO, MAX);
        v.check(amount == null || amount.scale() <= 2, prefix + "/amount", "must have at most 2 decimals");
        v.required(prefix + "/currency", currency, 3);
        v.currency(prefix + "/currency", currency);
        v.required(prefix + "/unit", unit);
    }
}

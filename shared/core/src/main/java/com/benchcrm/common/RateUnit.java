package com.benchcrm.common;

/** The period a rate amount is paid for. */
public enum RateUnit {
    HOUR,
    DAY,
    MONTH,
    YEAR
}

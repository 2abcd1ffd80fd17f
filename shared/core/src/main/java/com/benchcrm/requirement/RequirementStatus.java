package com.benchcrm.requirement;

/** Where a requirement stands. */
public enum RequirementStatus {
    OPEN,
    ON_HOLD,
    FILLED,
    CLOSED
}

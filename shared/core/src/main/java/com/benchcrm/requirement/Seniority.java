package com.benchcrm.requirement;

/** The level a requirement asks for. */
public enum Seniority {
    JUNIOR,
    MID,
    SENIOR,
    LEAD,
    PRINCIPAL
}

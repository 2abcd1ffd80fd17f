package com.benchcrm.matching;

/** The parts of a match score, in the order the seed plan lists them. */
public enum Factor {
    SKILLS, LOCATION, RATE, SENIORITY, HISTORY, AVAILABILITY;

    /** The spelling in API payloads and feature snapshots. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

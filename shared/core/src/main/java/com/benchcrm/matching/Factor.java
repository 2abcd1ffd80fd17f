package com.benchcrm.matching;

/**
 * The parts of a match score: the seed plan's six in its order, then {@link #ROLE} (issue 14: how close
 * the consultant's title is to the requirement's, by embedding similarity of the two titles).
 */
public enum Factor {
    SKILLS, LOCATION, RATE, SENIORITY, HISTORY, AVAILABILITY, ROLE;

    /** The spelling in API payloads and feature snapshots. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

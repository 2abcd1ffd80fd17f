package com.benchcrm.matching;

/** The checks a recruiter expects before anyone is submitted. */
public enum HardFilter {
    /** The consultant's work authorization is not one the requirement accepts. */
    WORK_AUTHORIZATION,
    /** Not available, or available only well after the start date. */
    AVAILABILITY,
    /** The rate is far over the budget, after normalizing unit and employment type. */
    RATE_OVER_BUDGET,
    /** Holds too few of the required skills (none, or under the configured share). */
    REQUIRED_SKILLS,
    /** The work authorization (the status or the I-94) ends before the requirement's start or end: always flagged. */
    WORK_AUTHORIZATION_EXPIRY
}

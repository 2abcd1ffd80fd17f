package com.benchcrm.analytics;

/** How {@code GET /v1/analytics/kpis} splits the funnel: by the recruiter who created the submission, its vendor, or the requirement's client. */
public enum GroupBy {
    RECRUITER,
    VENDOR,
    CLIENT
}

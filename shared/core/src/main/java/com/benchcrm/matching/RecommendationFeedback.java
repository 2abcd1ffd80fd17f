package com.benchcrm.matching;

import java.time.Instant;
import java.util.UUID;

/** A recruiter's decision on one recommendation. */
public record RecommendationFeedback(
        UUID recommendationId,
        UUID requirementId,
        UUID consultantId,
        Decision decision,
        String reason,
        String decidedBy,
        Instant decidedAt) {

    /** Accept: a good suggestion (counts as a win in the consultant's history). Reject: drops the consultant from this requirement's runs. */
    public enum Decision {
        ACCEPT,
        REJECT
    }
}

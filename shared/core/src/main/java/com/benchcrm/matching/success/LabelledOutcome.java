package com.benchcrm.matching.success;

import com.benchcrm.matching.FactorScore;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stored recommendation's feature snapshot with what became of it (the training job's row, ADR 0076):
 * success when the consultant's submission to that requirement became a placement; failure when the
 * submission was rejected, or when a recruiter rejected the recommendation and never submitted. Open
 * pipelines and withdrawals (the firm's own decision) are not labelled.
 */
public record LabelledOutcome(UUID recommendationId, List<FactorScore> factors, double matchScore, boolean flagged, boolean success,
                              Instant recommendedAt) {

    public LabelledOutcome {
        factors = List.copyOf(factors);
    }
}

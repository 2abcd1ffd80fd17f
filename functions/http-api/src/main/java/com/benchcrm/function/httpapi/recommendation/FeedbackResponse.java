package com.benchcrm.function.httpapi.recommendation;

import com.benchcrm.matching.RecommendationFeedback;
import java.util.Locale;
import java.util.UUID;

/** A recruiter's decision on a recommendation ({@code Feedback} in the OpenAPI document). */
public record FeedbackResponse(
        UUID recommendationId,
        UUID requirementId,
        UUID consultantId,
        String decision,
        String reason,
        String decidedBy,
        String decidedAt) {

    static FeedbackResponse of(RecommendationFeedback fb) {
        return new FeedbackResponse(
                fb.recommendationId(),
                fb.requirementId(),
                fb.consultantId(),
                fb.decision().name().toLowerCase(Locale.ROOT),
                fb.reason(),
                fb.decidedBy(),
                fb.decidedAt().toString());
    }
}

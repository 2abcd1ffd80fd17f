package com.benchcrm.function.httpapi.submission;

import com.benchcrm.submission.Interview;
import com.benchcrm.submission.InterviewMode;
import com.benchcrm.submission.InterviewOutcome;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * An interview ({@code Interview} in the OpenAPI document): {@code startsAt} is local to
 * {@code timeZone} (what was asked for, and what a merge patch sends back), {@code startsAtUtc} the instant.
 */
public record InterviewResponse(
        UUID id,
        UUID submissionId,
        int round,
        LocalDateTime startsAt,
        String timeZone,
        Instant startsAtUtc,
        int durationMinutes,
        InterviewMode mode,
        String interviewer,
        String location,
        InterviewOutcome outcome,
        String feedback,
        long version,
        String createdBy,
        Instant createdAt,
        Instant updatedAt) {

    static InterviewResponse of(Interview i) {
        return new InterviewResponse(
                i.id(),
                i.submissionId(),
                i.round(),
                i.localStart(),
                i.timeZone(),
                i.startsAt(),
                i.durationMinutes(),
                i.mode(),
                i.interviewer(),
                i.location(),
                i.outcome(),
                i.feedback(),
                i.version(),
                i.createdBy(),
                i.createdAt(),
                i.updatedAt());
    }
}

package com.benchcrm.submission;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * One interview round of a submission.
 *
 * @param startsAt the instant it starts
 * @param timeZone the IANA zone it was scheduled in (what the local time and the .ics file use)
 * @param version  starts at 1, +1 on every change (the .ics SEQUENCE)
 */
public record Interview(
        UUID id,
        UUID submissionId,
        int round,
        Instant startsAt,
        String timeZone,
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

    /** The local start time in its zone. */
    public LocalDateTime localStart() {
        return LocalDateTime.ofInstant(startsAt, ZoneId.of(timeZone));
    }
}

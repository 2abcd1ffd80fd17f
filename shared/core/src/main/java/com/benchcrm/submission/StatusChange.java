package com.benchcrm.submission;

import java.time.Instant;
import java.util.UUID;

/** One move of a submission, as its history keeps it; {@code from} is null for the creation. */
public record StatusChange(
        UUID id,
        UUID submissionId,
        SubmissionStatus from,
        SubmissionStatus to,
        String reason,
        String actorId,
        Instant at) {}

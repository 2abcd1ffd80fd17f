package com.benchcrm.submission;

import com.benchcrm.common.Rate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An offer made on a submission: the rate, the start date and until when it stands. */
public record Offer(
        UUID id,
        UUID submissionId,
        Rate rate,
        LocalDate startDate,
        LocalDate expiresOn,
        OfferStatus status,
        String notes,
        String createdBy,
        Instant createdAt) {}

package com.benchcrm.function.httpapi.submission;

import com.benchcrm.common.Rate;
import com.benchcrm.submission.Offer;
import com.benchcrm.submission.OfferStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An offer ({@code Offer} in the OpenAPI document). */
public record OfferResponse(
        UUID id,
        UUID submissionId,
        Rate rate,
        LocalDate startDate,
        LocalDate expiresOn,
        OfferStatus status,
        String notes,
        String createdBy,
        Instant createdAt) {

    static OfferResponse of(Offer o) {
        return new OfferResponse(
                o.id(),
                o.submissionId(),
                o.rate(),
                o.startDate(),
                o.expiresOn(),
                o.status(),
                o.notes(),
                o.createdBy(),
                o.createdAt());
    }
}

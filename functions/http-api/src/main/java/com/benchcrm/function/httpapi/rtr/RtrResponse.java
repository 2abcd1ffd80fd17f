package com.benchcrm.function.httpapi.rtr;

import com.benchcrm.common.Rate;
import com.benchcrm.rtr.Rtr;
import java.time.Instant;
import java.util.UUID;

/** A right to represent ({@code Rtr} in the OpenAPI document); {@code valid} says whether it covers a submission now. */
public record RtrResponse(
        UUID id,
        UUID consultantId,
        UUID requirementId,
        UUID vendorCompanyId,
        UUID vendorContactId,
        Instant consentedAt,
        Instant expiresAt,
        Rate rate,
        String documentName,
        String documentText,
        String documentSha256,
        Instant revokedAt,
        String revokedReason,
        boolean valid,
        String createdBy,
        Instant createdAt) {

    static RtrResponse of(Rtr r, Instant now) {
        return new RtrResponse(
                r.id(),
                r.consultantId(),
                r.requirementId(),
                r.vendorCompanyId(),
                r.vendorContactId(),
                r.consentedAt(),
                r.expiresAt(),
                r.rate(),
                r.documentName(),
                r.documentText(),
                r.documentSha256(),
                r.revokedAt(),
                r.revokedReason(),
                r.invalidAt(now) == null,
                r.createdBy(),
                r.createdAt());
    }
}

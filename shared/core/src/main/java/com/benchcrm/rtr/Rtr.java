package com.benchcrm.rtr;

import com.benchcrm.common.Rate;
import java.time.Instant;
import java.util.UUID;

/**
 * A right to represent: the consultant's consent that the firm submits them to one requirement
 * through one vendor, at a rate, from {@code consentedAt} until {@code expiresAt} (or until revoked).
 *
 * @param rate           the rate the consultant agreed to be submitted at (the submission's bill rate); null when the document names none
 * @param documentSha256 the SHA-256 (hex) of {@code documentText}: proof of what was signed
 */
public record Rtr(
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
        String createdBy,
        Instant createdAt) {

    /** Why this RTR does not cover a submission at {@code at}, or null when it does (ignoring the rate). */
    public String invalidAt(Instant at) {
        if (revokedAt != null && !revokedAt.isAfter(at)) {
            return "RTR " + id + " was revoked on " + revokedAt;
        }
        if (consentedAt.isAfter(at)) {
            return "RTR " + id + " starts on " + consentedAt;
        }
        if (!expiresAt.isAfter(at)) {
            return "RTR " + id + " expired on " + expiresAt;
        }
        return null;
    }
}

package com.benchcrm.rtr;

import com.benchcrm.common.Rate;
import com.benchcrm.common.Validator;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A new RTR as {@code POST /v1/rtrs} sends it. {@code consentedAt} defaults to now and
 * {@code expiresAt} to 30 days after it; the document's text is required (a scanned signature is
 * kept as the text the consultant agreed to, with its hash).
 */
public record RtrInput(
        UUID consultantId,
        UUID requirementId,
        UUID vendorCompanyId,
        UUID vendorContactId,
        Instant consentedAt,
        Instant expiresAt,
        Rate rate,
        String documentName,
        String documentText) {

    /** How long an RTR lasts when the request does not say. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(30);

    public void validate() {
        Validator v = new Validator();
        v.required("/consultantId", consultantId);
        v.required("/requirementId", requirementId);
        v.required("/vendorCompanyId", vendorCompanyId);
        if (consentedAt != null && expiresAt != null) {
            v.check(expiresAt.isAfter(consentedAt), "/expiresAt", "must be after consentedAt");
        }
        if (rate != null) {
            rate.validate("/rate", v);
        }
        v.maxLength("/documentName", documentName, 200);
        v.required("/documentText", documentText, 100_000);
        v.throwIfInvalid();
    }
}

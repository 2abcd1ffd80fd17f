package com.benchcrm.marketing;

import java.time.Instant;
import java.util.Locale;

/** An address (lower case) the tenant never mails again, with why and since when. */
public record Suppression(String email, SuppressionReason reason, String detail, String createdBy, Instant createdAt) {

    /** The form an address is suppressed and compared in: trimmed, lower case. */
    public static String key(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    /** The body of {@code POST /v1/suppressions}. */
    public record Input(String email, String detail) {
        public void validate() {
            new com.benchcrm.common.Validator()
                    .required("/email", email, 254)
                    .email("/email", email == null ? null : email.trim())
                    .maxLength("/detail", detail, 1_000)
                    .throwIfInvalid();
        }
    }
}

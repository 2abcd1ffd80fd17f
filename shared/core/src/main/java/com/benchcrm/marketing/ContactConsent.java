package com.benchcrm.marketing;

import com.benchcrm.common.Validator;
import java.time.Instant;
import java.util.UUID;

/** A contact's consent to marketing mail: the basis and when it was given, who recorded it and when. */
public record ContactConsent(
        UUID contactId, ConsentBasis basis, Instant givenAt, String note, String recordedBy, Instant recordedAt) {

    /** The body of {@code PUT /v1/contacts/{id}/consent}. */
    public record Input(ConsentBasis basis, Instant givenAt, String note) {
        public void validate() {
            Validator v = new Validator();
            v.required("/basis", basis);
            v.required("/givenAt", givenAt);
            v.maxLength("/note", note, 1_000);
            v.throwIfInvalid();
        }
    }
}

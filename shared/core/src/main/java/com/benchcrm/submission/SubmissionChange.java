package com.benchcrm.submission;

import com.benchcrm.common.Rate;
import com.benchcrm.common.Validator;
import java.util.UUID;

/**
 * The fields of a submission a {@code PATCH} may change (JSON merge patch over {@link #of}): the
 * vendor and the rates only while it is a DRAFT (after that they are what was sent), the notes always.
 */
public record SubmissionChange(UUID vendorCompanyId, UUID vendorContactId, Rate billRate, Rate payRate, String notes) {

    public static SubmissionChange of(Submission s) {
        return new SubmissionChange(s.vendorCompanyId(), s.vendorContactId(), s.billRate(), s.payRate(), s.notes());
    }

    public void validate() {
        Validator v = new Validator();
        SubmissionInput.validateRates(v, billRate, payRate);
        v.maxLength("/notes", notes, 4000);
        v.throwIfInvalid();
    }
}

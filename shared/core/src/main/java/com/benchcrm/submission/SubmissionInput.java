package com.benchcrm.submission;

import com.benchcrm.common.Rate;
import com.benchcrm.common.Validator;
import java.util.UUID;

/**
 * A new submission as {@code POST /v1/submissions} (or {@code POST /v1/recommendations/{id}/submission})
 * sends it. It starts as a DRAFT; with {@code submit: true} it is submitted at once (every check of
 * SUBMITTED applies), in the same transaction.
 *
 * @param recommendationId the recommendation it comes from; its consultant and requirement are then implied
 * @param vendorContactId  the vendor contact it goes to; the vendor company is the contact's when not given
 * @param override         reasons for submitting despite the duplicate guard or the margin floor (Admin, Owner)
 */
public record SubmissionInput(
        UUID consultantId,
        UUID requirementId,
        UUID recommendationId,
        UUID vendorCompanyId,
        UUID vendorContactId,
        Rate billRate,
        Rate payRate,
        String notes,
        Boolean submit,
        OverrideInput override) {

    /** Checks the fields on their own (references are checked against the tenant's records by the use case). */
    public void validate() {
        Validator v = new Validator();
        v.required("/consultantId", consultantId);
        v.required("/requirementId", requirementId);
        validateRates(v, billRate, payRate);
        v.maxLength("/notes", notes, 4000);
        if (override != null) {
            override.validate(v);
        }
        v.throwIfInvalid();
    }

    static void validateRates(Validator v, Rate billRate, Rate payRate) {
        if (billRate != null) {
            billRate.validate("/billRate", v);
            v.check(
                    billRate.employmentType() == null,
                    "/billRate/employmentType",
                    "the bill rate is what the vendor pays the firm; the employment type belongs to /payRate");
        }
        if (payRate != null) {
            payRate.validate("/payRate", v);
        }
    }

    public boolean submitNow() {
        return Boolean.TRUE.equals(submit);
    }
}

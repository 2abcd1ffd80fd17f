package com.benchcrm.submission;

import com.benchcrm.common.Rate;
import com.benchcrm.common.Validator;
import java.time.LocalDate;

/**
 * A placement as {@code POST /v1/submissions/{id}/placement} sends it. The bill rate defaults to
 * the latest offer's and the pay rate to the submission's; the start date to the offer's.
 */
public record PlacementInput(
        LocalDate startDate, LocalDate endDate, Rate billRate, Rate payRate, OverrideInput override) {

    public void validate() {
        Validator v = new Validator();
        if (startDate != null && endDate != null) {
            v.check(!endDate.isBefore(startDate), "/endDate", "must not be before startDate (" + startDate + ")");
        }
        SubmissionInput.validateRates(v, billRate, payRate);
        if (override != null) {
            override.validate(v);
        }
        v.throwIfInvalid();
    }
}

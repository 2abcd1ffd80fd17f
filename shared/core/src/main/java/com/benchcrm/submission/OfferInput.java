package com.benchcrm.submission;

import com.benchcrm.common.Rate;
import com.benchcrm.common.Validator;
import java.time.LocalDate;

/** An offer as {@code POST /v1/submissions/{id}/offers} sends it. */
public record OfferInput(Rate rate, LocalDate startDate, LocalDate expiresOn, String notes) {

    public void validate(LocalDate today) {
        Validator v = new Validator();
        v.required("/rate", rate);
        if (rate != null) {
            rate.validate("/rate", v);
        }
        v.required("/startDate", startDate);
        v.check(
                expiresOn == null || !expiresOn.isBefore(today),
                "/expiresOn",
                "must not be in the past (today is " + today + ")");
        v.maxLength("/notes", notes, 4000);
        v.throwIfInvalid();
    }
}

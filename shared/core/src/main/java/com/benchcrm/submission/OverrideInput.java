package com.benchcrm.submission;

import com.benchcrm.common.Validator;

/**
 * Why a submission goes ahead despite a guard; only an Admin or Owner may give one
 * ({@link com.benchcrm.security.Permission#SUBMISSION_OVERRIDE}), and it is audited.
 *
 * @param duplicateReason submit although the consultant was submitted to the same end client or requirement within the window
 * @param marginReason    submit (or place) below the tenant's margin floor, or at a negative margin
 */
public record OverrideInput(String duplicateReason, String marginReason) {

    public static final OverrideInput NONE = new OverrideInput(null, null);

    void validate(Validator v) {
        v.maxLength("/override/duplicateReason", duplicateReason, 1000);
        v.maxLength("/override/marginReason", marginReason, 1000);
    }

    String duplicate() {
        return duplicateReason == null || duplicateReason.isBlank() ? null : duplicateReason.strip();
    }

    String margin() {
        return marginReason == null || marginReason.isBlank() ? null : marginReason.strip();
    }

    static OverrideInput orNone(OverrideInput o) {
        return o == null ? NONE : o;
    }
}

package com.benchcrm.submission;

import com.benchcrm.common.Validator;

/**
 * A status change as {@code POST /v1/submissions/{id}/transitions} sends it: the target, a reason
 * (required for REJECTED, WITHDRAWN and ON_HOLD) and override reasons (for SUBMITTED). OFFERED and
 * PLACED are reached by recording an offer or a placement, which carry their own details.
 */
public record TransitionInput(SubmissionStatus to, String reason, OverrideInput override) {

    public void validate() {
        Validator v = new Validator();
        v.required("/to", to);
        v.maxLength("/reason", reason, 1000);
        if (to != null && SubmissionStateMachine.needsReason(to)) {
            v.check(reason != null && !reason.isBlank(), "/reason", "is required to move a submission to " + to);
        }
        if (override != null) {
            override.validate(v);
        }
        v.throwIfInvalid();
    }
}

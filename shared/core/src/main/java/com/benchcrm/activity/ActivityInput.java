package com.benchcrm.activity;

import com.benchcrm.common.Validator;
import java.time.Instant;
import java.util.UUID;

/** What a recruiter logs: the kind, a subject and/or a body, optionally the contact and when it happened (default: now). */
public record ActivityInput(ActivityKind kind, String subject, String body, UUID contactId, Instant occurredAt) {

    public void validate() {
        Validator v = new Validator();
        v.required("/kind", kind);
        v.maxLength("/subject", subject, 300);
        v.maxLength("/body", body, 20_000);
        v.check(!(blank(subject) && blank(body)), "/body", "a subject or a body is required");
        v.throwIfInvalid();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

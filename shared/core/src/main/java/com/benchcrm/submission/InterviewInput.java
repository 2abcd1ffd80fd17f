package com.benchcrm.submission;

import com.benchcrm.common.Validator;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * An interview as {@code POST /v1/submissions/{id}/interviews} sends it, and the writable fields a
 * {@code PATCH /v1/interviews/{id}} merges into.
 *
 * @param round    1, 2, ...; the next free round when absent
 * @param startsAt the local date and time in {@code timeZone}, without an offset (2026-12-10T10:30)
 * @param timeZone an IANA zone such as America/Chicago
 * @param durationMinutes 5 to 600, 60 when absent
 */
public record InterviewInput(
        Integer round,
        LocalDateTime startsAt,
        String timeZone,
        Integer durationMinutes,
        InterviewMode mode,
        String interviewer,
        String location,
        InterviewOutcome outcome,
        String feedback) {

    public static InterviewInput of(Interview i) {
        return new InterviewInput(
                i.round(),
                i.localStart(),
                i.timeZone(),
                i.durationMinutes(),
                i.mode(),
                i.interviewer(),
                i.location(),
                i.outcome(),
                i.feedback());
    }

    public void validate() {
        Validator v = new Validator();
        v.check(round == null || round >= 1 && round <= 20, "/round", "must be between 1 and 20");
        v.required("/startsAt", startsAt);
        v.required("/timeZone", timeZone, 64);
        if (timeZone != null && !timeZone.isBlank()) {
            try {
                ZoneId.of(timeZone.trim());
            } catch (DateTimeException e) {
                v.add("/timeZone", "must be an IANA time zone such as America/Chicago");
            }
        }
        v.check(
                durationMinutes == null || durationMinutes >= 5 && durationMinutes <= 600,
                "/durationMinutes",
                "must be between 5 and 600");
        v.required("/mode", mode);
        v.maxLength("/interviewer", interviewer, 200);
        v.maxLength("/location", location, 500);
        v.maxLength("/feedback", feedback, 4000);
        v.throwIfInvalid();
    }

    int duration() {
        return durationMinutes == null ? 60 : durationMinutes;
    }
}

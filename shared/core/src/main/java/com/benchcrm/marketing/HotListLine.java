package com.benchcrm.marketing;

import com.benchcrm.common.WorkAuthorization;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One consultant's line in a hot list: what a vendor needs to decide, and nothing that identifies
 * the person (no name, e-mail, phone or employer; a {@link ReferenceCodes reference code} instead).
 * {@code consultantId} is for the recruiter's preview only and is never written into the mail.
 *
 * @param rate the rate as shown ("85 USD/hour C2C"), or null when the tenant's policy hides rates
 */
public record HotListLine(
        UUID consultantId,
        String referenceCode,
        String title,
        List<SkillYears> skills,
        WorkAuthorization workAuthorization,
        String location,
        Boolean openToRelocation,
        String availability,
        Integer daysOnBench,
        String rate) {

    public HotListLine {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }

    /** A key skill and the consultant's years in it (null when not known). */
    public record SkillYears(String name, BigDecimal years) {}

    /** "Relocation: yes" / "no" / null when unknown. */
    @JsonIgnore
    public String relocationText() {
        if (openToRelocation == null) {
            return null;
        }
        return openToRelocation ? "open to relocation" : "not relocating";
    }

    static String availabilityText(com.benchcrm.consultant.Availability a, LocalDate today) {
        if (a == null || a.status() == null) {
            return null;
        }
        return switch (a.status()) {
            case AVAILABLE ->
                a.availableFrom() == null || !a.availableFrom().isAfter(today)
                        ? "available now"
                        : "available from " + a.availableFrom();
            case ON_PROJECT -> a.availableFrom() == null ? "on a project" : "available from " + a.availableFrom();
            case NOT_AVAILABLE -> "not available";
        };
    }
}

package com.benchcrm.consultant;

import com.benchcrm.common.Location;
import com.benchcrm.common.Rate;
import com.benchcrm.common.WorkAuthorization;
import com.benchcrm.lifecycle.Versioned;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A consultant on the bench, as stored and as the API returns it.
 * {@code workAuthorizationValidity} says until when the work authorization lasts;
 * {@code onBenchSince} since when the consultant waits for a project (null while placed) and
 * {@code daysOnBench} how many days that is as of the read; {@code tags} are the recruiters' labels
 * (absent when none). {@code needsReview} is true (else null) when {@code reviewReasons} is not
 * empty: the record was made by a parser from a resume it could not fully read (no name stated,
 * text unreadable) and a recruiter should look at it; both are absent when there is nothing to review.
 */
public record Consultant(
        UUID id,
        String externalId,
        String fullName,
        String email,
        String phone,
        String title,
        String summary,
        Location location,
        WorkAuthorization workAuthorization,
        BigDecimal yearsExperience,
        List<ConsultantSkill> skills,
        Availability availability,
        Rate rate,
        long version,
        Instant createdAt,
        Instant updatedAt,
        WorkAuthorizationValidity workAuthorizationValidity,
        LocalDate onBenchSince,
        Integer daysOnBench,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> tags,
        Boolean needsReview,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> reviewReasons)
        implements Versioned {

    public Consultant {
        skills = skills == null ? List.of() : List.copyOf(skills);
        workAuthorizationValidity = WorkAuthorizationValidity.orNull(workAuthorizationValidity);
        daysOnBench = onBenchSince == null ? null : daysOnBench;
        tags = tags == null ? List.of() : List.copyOf(tags);
        reviewReasons = reviewReasons == null ? List.of() : List.copyOf(reviewReasons);
        needsReview = reviewReasons.isEmpty() ? null : Boolean.TRUE;
    }

    /** A consultant nobody has to review. */
    public Consultant(
            UUID id,
            String externalId,
            String fullName,
            String email,
            String phone,
            String title,
            String summary,
            Location location,
            WorkAuthorization workAuthorization,
            BigDecimal yearsExperience,
            List<ConsultantSkill> skills,
            Availability availability,
            Rate rate,
            long version,
            Instant createdAt,
            Instant updatedAt,
            WorkAuthorizationValidity workAuthorizationValidity,
            LocalDate onBenchSince,
            Integer daysOnBench,
            List<String> tags) {
        this(
                id,
                externalId,
                fullName,
                email,
                phone,
                title,
                summary,
                location,
                workAuthorization,
                yearsExperience,
                skills,
                availability,
                rate,
                version,
                createdAt,
                updatedAt,
                workAuthorizationValidity,
                onBenchSince,
                daysOnBench,
                tags,
                null,
                List.of());
    }

    /** A consultant without validity dates, bench date or tags, nobody has to review. */
    public Consultant(
            UUID id,
            String externalId,
            String fullName,
            String email,
            String phone,
            String title,
            String summary,
            Location location,
            WorkAuthorization workAuthorization,
            BigDecimal yearsExperience,
            List<ConsultantSkill> skills,
            Availability availability,
            Rate rate,
            long version,
            Instant createdAt,
            Instant updatedAt) {
        this(
                id,
                externalId,
                fullName,
                email,
                phone,
                title,
                summary,
                location,
                workAuthorization,
                yearsExperience,
                skills,
                availability,
                rate,
                version,
                createdAt,
                updatedAt,
                null,
                null,
                null,
                List.of(),
                null,
                List.of());
    }
}

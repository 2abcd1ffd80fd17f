package com.benchcrm.requirement;

import com.benchcrm.common.EmploymentType;
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
 * A job requirement, as stored and as the API returns it. {@code chain} links the vendor company and
 * contact that sent it and, where known, the implementation partner, prime vendor and end client
 * (absent when nothing is linked); {@code vendorCount} is how many vendors sent it (absent for a
 * requirement nobody mailed); {@code tags} are the recruiters' labels (absent when none).
 *
 * @param title                      the title as written, without the seniority word (that is {@code seniority})
 * @param clientName                 the company the work is for (the end client), as written
 * @param workAuthorizations         the statuses it accepts (empty: not stated)
 * @param excludedWorkAuthorizations the statuses it refuses ("No OPT/CPT"); never also accepted
 * @param employmentType             C2C, W2, 1099 or FULL_TIME as stated, with or without a rate
 *                                   (the budget's employment type is the same value)
 * @param longTerm                   the contract is called long term
 * @param interviewModes             how the client interviews
 * @param parties                    the vendor, its recruiter and the firms of the chain as the mail names them, or null
 */
public record Requirement(
        UUID id,
        String externalRef,
        String title,
        String description,
        RequirementStatus status,
        Location location,
        WorkMode workMode,
        List<RequirementSkill> skills,
        BigDecimal minYears,
        Seniority seniority,
        Rate budget,
        Integer durationMonths,
        LocalDate startDate,
        String clientName,
        List<WorkAuthorization> workAuthorizations,
        long version,
        Instant createdAt,
        Instant updatedAt,
        RequirementChain chain,
        Integer vendorCount,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> tags,
        List<WorkAuthorization> excludedWorkAuthorizations,
        EmploymentType employmentType,
        boolean longTerm,
        List<InterviewMode> interviewModes,
        RequirementParties parties)
        implements Versioned {

    public Requirement {
        skills = skills == null ? List.of() : List.copyOf(skills);
        workAuthorizations = workAuthorizations == null ? List.of() : List.copyOf(workAuthorizations);
        chain = RequirementChain.orNull(chain);
        vendorCount = vendorCount == null || vendorCount <= 0 ? null : vendorCount;
        tags = tags == null ? List.of() : List.copyOf(tags);
        excludedWorkAuthorizations =
                excludedWorkAuthorizations == null ? List.of() : List.copyOf(excludedWorkAuthorizations);
        interviewModes = interviewModes == null ? List.of() : List.copyOf(interviewModes);
        parties = parties == null || parties.isEmpty() ? null : parties;
    }

    /** A requirement without chain, vendors or tags. */
    public Requirement(
            UUID id,
            String externalRef,
            String title,
            String description,
            RequirementStatus status,
            Location location,
            WorkMode workMode,
            List<RequirementSkill> skills,
            BigDecimal minYears,
            Seniority seniority,
            Rate budget,
            Integer durationMonths,
            LocalDate startDate,
            String clientName,
            List<WorkAuthorization> workAuthorizations,
            long version,
            Instant createdAt,
            Instant updatedAt) {
        this(
                id,
                externalRef,
                title,
                description,
                status,
                location,
                workMode,
                skills,
                minYears,
                seniority,
                budget,
                durationMonths,
                startDate,
                clientName,
                workAuthorizations,
                version,
                createdAt,
                updatedAt,
                null,
                null,
                List.of(),
                List.of(),
                budget == null ? null : budget.employmentType(),
                false,
                List.of(),
                null);
    }

    /** This requirement linked by {@code chain} (every other field as it is). */
    public Requirement withChain(RequirementChain chain) {
        return new Requirement(
                id,
                externalRef,
                title,
                description,
                status,
                location,
                workMode,
                skills,
                minYears,
                seniority,
                budget,
                durationMonths,
                startDate,
                clientName,
                workAuthorizations,
                version,
                createdAt,
                updatedAt,
                chain,
                vendorCount,
                tags,
                excludedWorkAuthorizations,
                employmentType,
                longTerm,
                interviewModes,
                parties);
    }

    /** This requirement with {@code vendors} as its vendor count (every other field as it is). */
    public Requirement withVendorCount(Integer vendors) {
        return new Requirement(
                id,
                externalRef,
                title,
                description,
                status,
                location,
                workMode,
                skills,
                minYears,
                seniority,
                budget,
                durationMonths,
                startDate,
                clientName,
                workAuthorizations,
                version,
                createdAt,
                updatedAt,
                chain,
                vendors,
                tags,
                excludedWorkAuthorizations,
                employmentType,
                longTerm,
                interviewModes,
                parties);
    }

    /** This requirement with {@code tags}, as stored at {@code version} and {@code updatedAt} (no vendor count; every other field as it is). */
    public Requirement withTags(List<String> newTags, long newVersion, Instant newUpdatedAt) {
        return new Requirement(
                id,
                externalRef,
                title,
                description,
                status,
                location,
                workMode,
                skills,
                minYears,
                seniority,
                budget,
                durationMonths,
                startDate,
                clientName,
                workAuthorizations,
                newVersion,
                createdAt,
                newUpdatedAt,
                chain,
                null,
                newTags,
                excludedWorkAuthorizations,
                employmentType,
                longTerm,
                interviewModes,
                parties);
    }

    /** The chain, never null ({@link RequirementChain#EMPTY} when nothing is linked). */
    public RequirementChain chainOrEmpty() {
        return chain == null ? RequirementChain.EMPTY : chain;
    }
}

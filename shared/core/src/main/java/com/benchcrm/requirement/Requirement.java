package com.benchcrm.requirement;

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
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> tags) implements Versioned {

    public Requirement {
        skills = skills == null ? List.of() : List.copyOf(skills);
        workAuthorizations = workAuthorizations == null ? List.of() : List.copyOf(workAuthorizations);
        chain = RequirementChain.orNull(chain);
        vendorCount = vendorCount == null || vendorCount <= 0 ? null : vendorCount;
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A requirement without chain, vendors or tags. */
    public Requirement(UUID id, String externalRef, String title, String description, RequirementStatus status, Location location,
                       WorkMode workMode, List<RequirementSkill> skills, BigDecimal minYears, Seniority seniority, Rate budget,
                       Integer durationMonths, LocalDate startDate, String clientName, List<WorkAuthorization> workAuthorizations,
                       long version, Instant createdAt, Instant updatedAt) {
        this(id, externalRef, title, description, status, location, workMode, skills, minYears, seniority, budget, durationMonths,
                startDate, clientName, workAuthorizations, version, createdAt, updatedAt, null, null, List.of());
    }

    /** The chain, never null ({@link RequirementChain#EMPTY} when nothing is linked). */
    public RequirementChain chainOrEmpty() {
        return chain == null ? RequirementChain.EMPTY : chain;
    }
}

package com.benchcrm.requirement;

import com.benchcrm.common.EmploymentType;
import com.benchcrm.common.Location;
import com.benchcrm.common.Rate;
import com.benchcrm.common.WorkAuthorization;
import com.benchcrm.lifecycle.Versioned;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A job requirement, as stored and as the API returns it.
 *
 * @param title                      the title as written, without the seniority word (that is {@code seniority})
 * @param clientName                 the company the work is for (the end client)
 * @param workAuthorizations         the statuses it accepts (empty: not stated)
 * @param excludedWorkAuthorizations the statuses it refuses ("No OPT/CPT"); never also accepted
 * @param employmentType             C2C, W2, 1099 or FULL_TIME as stated, with or without a rate
 *                                   (the budget's employment type is the same value)
 * @param longTerm                   the contract is called long term
 * @param chain                      the vendor and the firms between it and the end client, or null
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
        List<WorkAuthorization> excludedWorkAuthorizations,
        EmploymentType employmentType,
        boolean longTerm,
        List<InterviewMode> interviewModes,
        RequirementChain chain,
        long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    public Requirement {
        skills = skills == null ? List.of() : List.copyOf(skills);
        workAuthorizations = workAuthorizations == null ? List.of() : List.copyOf(workAuthorizations);
        excludedWorkAuthorizations = excludedWorkAuthorizations == null ? List.of() : List.copyOf(excludedWorkAuthorizations);
        interviewModes = interviewModes == null ? List.of() : List.copyOf(interviewModes);
        chain = chain == null || chain.isEmpty() ? null : chain;
    }

    /** A requirement with none of the fields mail extraction adds (no exclusions, chain or interview modes). */
    public Requirement(UUID id, String externalRef, String title, String description, RequirementStatus status, Location location,
                       WorkMode workMode, List<RequirementSkill> skills, BigDecimal minYears, Seniority seniority, Rate budget,
                       Integer durationMonths, LocalDate startDate, String clientName, List<WorkAuthorization> workAuthorizations,
                       long version, Instant createdAt, Instant updatedAt) {
        this(id, externalRef, title, description, status, location, workMode, skills, minYears, seniority, budget, durationMonths,
                startDate, clientName, workAuthorizations, List.of(), budget == null ? null : budget.employmentType(), false, List.of(), null,
                version, createdAt, updatedAt);
    }
}

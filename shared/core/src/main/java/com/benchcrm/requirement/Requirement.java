package com.benchcrm.requirement;

import com.benchcrm.common.Location;
import com.benchcrm.common.Rate;
import com.benchcrm.common.WorkAuthorization;
import com.benchcrm.lifecycle.Versioned;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A job requirement, as stored and as the API returns it. */
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
        Instant updatedAt) implements Versioned {

    public Requirement {
        skills = skills == null ? List.of() : List.copyOf(skills);
        workAuthorizations = workAuthorizations == null ? List.of() : List.copyOf(workAuthorizations);
    }
}

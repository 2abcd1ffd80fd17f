package com.benchcrm.submission;

import com.benchcrm.common.Rate;
import com.benchcrm.margin.Margin;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Where a submission ended: the consultant starts on the project, at these rates. */
public record Placement(
        UUID id,
        UUID submissionId,
        UUID consultantId,
        UUID requirementId,
        LocalDate startDate,
        LocalDate endDate,
        Rate billRate,
        Rate payRate,
        Margin margin,
        String marginOverride,
        String createdBy,
        Instant createdAt) {}

package com.benchcrm.function.httpapi.submission;

import com.benchcrm.common.Rate;
import com.benchcrm.margin.Margin;
import com.benchcrm.submission.Placement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A placement with its margin ({@code Placement} in the OpenAPI document). */
public record PlacementResponse(
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
        Instant createdAt) {

    static PlacementResponse of(Placement p) {
        return new PlacementResponse(
                p.id(),
                p.submissionId(),
                p.consultantId(),
                p.requirementId(),
                p.startDate(),
                p.endDate(),
                p.billRate(),
                p.payRate(),
                p.margin(),
                p.marginOverride(),
                p.createdBy(),
                p.createdAt());
    }
}

package com.benchcrm.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An open requirement scored for one consultant ({@code GET /v1/consultants/{id}/matches}). */
public record RequirementMatch(
        UUID requirementId,
        String title,
        String clientName,
        LocalDate startDate,
        double matchScore,
        double successProbability,
        boolean calibrated,
        List<String> reasons,
        List<FactorScore> factors,
        List<MatchFlag> flags) {

    public RequirementMatch {
        reasons = List.copyOf(reasons);
        factors = List.copyOf(factors);
        flags = List.copyOf(flags);
    }
}

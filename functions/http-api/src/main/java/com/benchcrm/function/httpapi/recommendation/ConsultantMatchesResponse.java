package com.benchcrm.function.httpapi.recommendation;

import com.benchcrm.matching.RequirementMatch;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.UUID;

/** The best open requirements for one consultant: {@code GET /v1/consultants/{id}/matches}. */
public record ConsultantMatchesResponse(List<Item> items) {

    /** One requirement; {@code explanation} is absent with {@code explain=false}. */
    public record Item(
            UUID requirementId,
            String title,
            String clientName,
            String startDate,
            @JsonUnwrapped Scores scores,
            @JsonUnwrapped Explanation explanation) {}

    static ConsultantMatchesResponse of(List<RequirementMatch> matches, boolean explain) {
        return new ConsultantMatchesResponse(matches.stream()
                .map(m -> new Item(
                        m.requirementId(),
                        m.title(),
                        m.clientName(),
                        m.startDate() == null ? null : m.startDate().toString(),
                        Scores.of(m.matchScore(), m.successProbability(), m.calibrated()),
                        explain ? Explanation.of(m.reasons(), m.factors(), m.flags()) : null))
                .toList());
    }
}

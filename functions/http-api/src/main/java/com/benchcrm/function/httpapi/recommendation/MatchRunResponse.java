package com.benchcrm.function.httpapi.recommendation;

import com.benchcrm.matching.MatchRun;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A stored match run and its ranked consultants ({@code MatchRun} in the OpenAPI document): what
 * {@code POST} and {@code GET /v1/requirements/{id}/recommendations} answer.
 */
public record MatchRunResponse(
        UUID matchRunId,
        UUID requirementId,
        long requirementVersion,
        String trigger,
        String createdAt,
        int topK,
        int candidates,
        int scored,
        Map<String, Integer> excluded,
        int rejectedByRecruiter,
        Model model,
        List<Item> items) {

    /**
     * The versions that produced the run; {@code success} is the tenant's calibrated success model whose probability
     * the items carry (absent while the fixed curve applies, ADRs 0076 and 0077).
     */
    public record Model(String engine, String settings, String embedding, String success) {}

    /** The success model's version a stored recommendation records ({@code "... success=<version>"}), or null. */
    static String successModel(String modelVersion) {
        if (modelVersion == null) {
            return null;
        }
        int at = modelVersion.lastIndexOf(" success=");
        return at < 0 ? null : modelVersion.substring(at + " success=".length()).strip();
    }

    /** One ranked consultant; {@code explanation} is absent with {@code explain=false}, {@code feedback} until a decision. */
    public record Item(
            UUID id,
            int rank,
            UUID consultantId,
            String consultantName,
            String consultantTitle,
            @JsonUnwrapped Scores scores,
            @JsonUnwrapped Explanation explanation,
            FeedbackResponse feedback) {}

    static MatchRunResponse of(MatchRun run, boolean explain) {
        List<Item> items = run.recommendations().stream()
                .map(r -> new Item(
                        r.id(),
                        r.rank(),
                        r.consultantId(),
                        r.consultantName(),
                        r.consultantTitle(),
                        Scores.of(r.matchScore(), r.successProbability(), r.calibrated()),
                        explain ? Explanation.of(r.reasons(), r.factors(), r.flags()) : null,
                        r.feedback() == null ? null : FeedbackResponse.of(r.feedback())))
                .toList();
        return new MatchRunResponse(
                run.id(),
                run.requirementId(),
                run.requirementVersion(),
                run.trigger().name().toLowerCase(Locale.ROOT),
                run.createdAt().toString(),
                run.topK(),
                run.candidates(),
                run.scored(),
                run.excluded(),
                run.rejectedByRecruiter(),
                new Model(
                        run.engineVersion(),
                        run.settingsVersion(),
                        run.embeddingModel(),
                        run.recommendations().stream()
                                .filter(MatchRun.Recommendation::calibrated)
                                .map(r -> successModel(r.modelVersion()))
                                .filter(java.util.Objects::nonNull)
                                .findFirst()
                                .orElse(null)),
                items);
    }
}

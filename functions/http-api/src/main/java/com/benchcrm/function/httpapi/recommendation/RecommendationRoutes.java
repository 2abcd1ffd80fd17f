package com.benchcrm.function.httpapi.recommendation;

import com.benchcrm.common.InvalidRequestException;
import com.benchcrm.common.QueryParams;
import com.benchcrm.function.httpapi.http.ApiException;
import com.benchcrm.function.httpapi.http.HttpResponse;
import com.benchcrm.function.httpapi.http.JsonBodies;
import com.benchcrm.function.httpapi.http.NotConfigured;
import com.benchcrm.function.httpapi.http.Router;
import com.benchcrm.matching.MatchRun;
import com.benchcrm.matching.MatchRuns;
import com.benchcrm.matching.RecommendationFeedback;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Registers the recommendation routes (each 503 {@code not-configured} without an embedding model):
 *
 * <ul>
 *   <li>{@code POST /v1/requirements/{id}/recommendations?topK=10&explain=true}: rank now, store the run (201);</li>
 *   <li>{@code GET /v1/requirements/{id}/recommendations?explain=true}: the latest run (automatic or asked for);</li>
 *   <li>{@code GET /v1/consultants/{id}/matches?limit=10}: the best open requirements for a consultant;</li>
 *   <li>{@code POST /v1/recommendations/{id}/feedback}: accept or reject, with a reason.</li>
 * </ul>
 */
public final class RecommendationRoutes {

    private RecommendationRoutes() {}

    public static void register(Router router, Optional<MatchRuns> matchRuns) {
        router.add("POST", "/v1/requirements/{id}/recommendations", false, (req, caller) -> {
            MatchRuns runs = NotConfigured.matching(matchRuns);
            int topK = QueryParams.integer(req::queryParam, "topK", 10);
            boolean explain = QueryParams.bool(req::queryParam, "explain", true);
            MatchRun run = runs.run(caller, req.idParam("requirement"), topK);
            return HttpResponse.json(201, MatchRunResponse.of(run, explain))
                    .header("location", "/v1/requirements/" + run.requirementId() + "/recommendations");
        });
        router.add("GET", "/v1/requirements/{id}/recommendations", false, (req, caller) -> {
            MatchRuns runs = NotConfigured.matching(matchRuns);
            boolean explain = QueryParams.bool(req::queryParam, "explain", true);
            UUID requirement = req.idParam("requirement");
            MatchRun run = runs.latest(caller, requirement)
                    .orElseThrow(() -> new ApiException(
                            404,
                            "no-recommendations",
                            "No recommendations yet",
                            "requirement " + requirement
                                    + " has not been matched yet; POST to this URL to rank it now"));
            return HttpResponse.json(200, MatchRunResponse.of(run, explain));
        });
        router.add("GET", "/v1/consultants/{id}/matches", false, (req, caller) -> {
            MatchRuns runs = NotConfigured.matching(matchRuns);
            var matches = runs.matchesFor(
                    caller, req.idParam("consultant"), QueryParams.integer(req::queryParam, "limit", 10));
            return HttpResponse.json(
                    200, ConsultantMatchesResponse.of(matches, QueryParams.bool(req::queryParam, "explain", true)));
        });
        router.add("POST", "/v1/recommendations/{id}/feedback", false, (req, caller) -> {
            MatchRuns runs = NotConfigured.matching(matchRuns);
            FeedbackInput in = JsonBodies.read(req, FeedbackInput.class);
            RecommendationFeedback fb =
                    runs.feedback(caller, req.idParam("recommendation"), in.parsedDecision(), in.reason());
            return HttpResponse.json(200, FeedbackResponse.of(fb));
        });
    }

    /** The feedback body: {@code {"decision": "accept"|"reject", "reason": "..."}}. */
    public record FeedbackInput(String decision, String reason) {
        RecommendationFeedback.Decision parsedDecision() {
            if (decision == null) {
                throw new InvalidRequestException("decision", "is required: accept or reject");
            }
            try {
                return RecommendationFeedback.Decision.valueOf(decision.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("decision", "must be accept or reject");
            }
        }
    }
}

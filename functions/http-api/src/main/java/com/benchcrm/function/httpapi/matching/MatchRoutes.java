package com.benchcrm.function.httpapi.matching;

import com.benchcrm.function.httpapi.http.ApiException;
import com.benchcrm.function.httpapi.http.HttpRequest;
import com.benchcrm.function.httpapi.http.HttpResponse;
import com.benchcrm.function.httpapi.http.JsonBodies;
import com.benchcrm.function.httpapi.http.Router;
import com.benchcrm.common.InvalidRequestException;
import com.benchcrm.common.NotFoundException;
import com.benchcrm.common.QueryParams;
import com.benchcrm.matching.FactorScore;
import com.benchcrm.matching.MatchFlag;
import com.benchcrm.matching.MatchRun;
import com.benchcrm.matching.MatchRuns;
import com.benchcrm.matching.MatchSettings;
import com.benchcrm.matching.MatchSettingsInput;
import com.benchcrm.matching.RecommendationFeedback;
import com.benchcrm.matching.RequirementMatch;
import com.benchcrm.search.HybridSearch;
import com.benchcrm.search.SearchHit;
import com.benchcrm.search.SearchQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Registers the recommendation routes:
 *
 * <ul>
 *   <li>{@code POST /v1/requirements/{id}/recommendations?topK=10&explain=true}: rank now, store the run (201);</li>
 *   <li>{@code GET /v1/requirements/{id}/recommendations?explain=true}: the latest run (automatic or asked for);</li>
 *   <li>{@code GET /v1/consultants/{id}/matches?limit=10}: the best open requirements for a consultant;</li>
 *   <li>{@code POST /v1/recommendations/{id}/feedback}: accept or reject, with a reason;</li>
 *   <li>{@code GET /v1/search?q=&type=consultant|requirement&...}: hybrid search;</li>
 *   <li>{@code GET/PUT /v1/settings/matching}: the tenant's weights, hard filters and candidate pool.</li>
 * </ul>
 *
 * <p>Without an embedding model ({@code BENCHCRM_EMBEDDINGS} unset) each answers 503 "not configured":
 * the routes exist, the capability does not pretend.
 */
public final class MatchRoutes {

    private MatchRoutes() {
    }

    /** What the routes need; empty when matching is not configured. */
    public record Services(MatchRuns runs, HybridSearch search) {
    }

    public static void register(Router router, Optional<Services> services) {
        router.add("POST", "/v1/requirements/{id}/recommendations", false, (req, caller) -> {
            Services s = configured(services);
            int topK = integer(req, "topK", 10);
            boolean explain = bool(req, "explain", true);
            MatchRun run = s.runs().run(caller, id(req, "requirement"), topK);
            return HttpResponse.json(201, run(run, explain))
                    .header("location", "/v1/requirements/" + run.requirementId() + "/recommendations");
        });
        router.add("GET", "/v1/requirements/{id}/recommendations", false, (req, caller) -> {
            Services s = configured(services);
            boolean explain = bool(req, "explain", true);
            UUID requirement = id(req, "requirement");
            MatchRun run = s.runs().latest(caller, requirement).orElseThrow(() -> new ApiException(404, "no-recommendations",
                    "No recommendations yet", "requirement " + requirement + " has not been matched yet; POST to this URL to rank it now"));
            return HttpResponse.json(200, run(run, explain));
        });
        router.add("GET", "/v1/consultants/{id}/matches", false, (req, caller) -> {
            Services s = configured(services);
            List<RequirementMatch> matches = s.runs().matchesFor(caller, id(req, "consultant"), integer(req, "limit", 10));
            boolean explain = bool(req, "explain", true);
            List<Map<String, Object>> items = new ArrayList<>();
            for (RequirementMatch m : matches) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("requirementId", m.requirementId());
                item.put("title", m.title());
                if (m.clientName() != null) {
                    item.put("clientName", m.clientName());
                }
                if (m.startDate() != null) {
                    item.put("startDate", m.startDate().toString());
                }
                scores(item, m.matchScore(), m.successProbability(), m.calibrated());
                if (explain) {
                    explanation(item, m.reasons(), m.factors(), m.flags());
                }
                items.add(item);
            }
            return HttpResponse.json(200, Map.of("items", items));
        });
        router.add("POST", "/v1/recommendations/{id}/feedback", false, (req, caller) -> {
            Services s = configured(services);
            FeedbackInput in = JsonBodies.read(req, FeedbackInput.class);
            RecommendationFeedback.Decision decision = in.parsedDecision();
            RecommendationFeedback fb = s.runs().feedback(caller, id(req, "recommendation"), decision, in.reason());
            return HttpResponse.json(200, feedback(fb));
        });
        router.add("GET", "/v1/settings/matching", false, (req, caller) ->
                HttpResponse.json(200, settings(configured(services).runs().settings(caller))));
        router.add("PUT", "/v1/settings/matching", false, (req, caller) -> {
            Services s = configured(services);
            caller.require(com.benchcrm.security.Permission.SETTINGS_MANAGE);
            MatchSettingsInput in = JsonBodies.read(req, MatchSettingsInput.class);
            return HttpResponse.json(200, settings(s.runs().updateSettings(caller, in)));
        });
        router.add("GET", "/v1/search", false, (req, caller) -> {
            Services s = configured(services);
            List<SearchHit> hits = s.search().search(caller, SearchQuery.parse(req::queryParam));
            return HttpResponse.json(200, Map.of("items", hits.stream().map(MatchRoutes::hit).toList()));
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

    private static Services configured(Optional<Services> services) {
        return services.orElseThrow(() -> new ApiException(503, "not-configured", "Matching is not configured",
                "this deployment has no embedding model (BENCHCRM_EMBEDDINGS is unset); recommendations and search are unavailable"));
    }

    static Map<String, Object> run(MatchRun run, boolean explain) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("matchRunId", run.id());
        body.put("requirementId", run.requirementId());
        body.put("requirementVersion", run.requirementVersion());
        body.put("trigger", run.trigger().name().toLowerCase(Locale.ROOT));
        body.put("createdAt", run.createdAt().toString());
        body.put("topK", run.topK());
        body.put("candidates", run.candidates());
        body.put("scored", run.scored());
        body.put("excluded", run.excluded());
        body.put("rejectedByRecruiter", run.rejectedByRecruiter());
        body.put("model", Map.of("engine", run.engineVersion(), "settings", run.settingsVersion(), "embedding", run.embeddingModel()));
        List<Map<String, Object>> items = new ArrayList<>();
        for (MatchRun.Recommendation r : run.recommendations()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", r.id());
            item.put("rank", r.rank());
            item.put("consultantId", r.consultantId());
            item.put("consultantName", r.consultantName());
            if (r.consultantTitle() != null) {
                item.put("consultantTitle", r.consultantTitle());
            }
            scores(item, r.matchScore(), r.successProbability(), r.calibrated());
            if (explain) {
                explanation(item, r.reasons(), r.factors(), r.flags());
            }
            if (r.feedback() != null) {
                item.put("feedback", feedback(r.feedback()));
            }
            items.add(item);
        }
        body.put("items", items);
        return body;
    }

    private static void scores(Map<String, Object> item, double score, double probability, boolean calibrated) {
        item.put("matchScore", round(score));
        item.put("successProbability", round(probability));
        item.put("calibrated", calibrated);
    }

    private static void explanation(Map<String, Object> item, List<String> reasons, List<FactorScore> factors, List<MatchFlag> flags) {
        item.put("reasons", reasons);
        List<Map<String, Object>> fs = new ArrayList<>();
        for (FactorScore f : factors) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("factor", f.factor().code());
            m.put("value", round(f.value()));
            m.put("weight", round(f.weight()));
            m.put("contribution", round(f.contribution()));
            m.put("reason", f.reason());
            m.put("inputs", f.inputs());
            fs.add(m);
        }
        item.put("factors", fs);
        item.put("flags", flags.stream().map(f -> Map.of("filter", f.filter().name().toLowerCase(Locale.ROOT),
                "action", f.action().name().toLowerCase(Locale.ROOT), "reason", f.reason())).toList());
    }

    private static Map<String, Object> settings(MatchSettings settings) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", settings.version());
        MatchSettingsInput in = MatchSettingsInput.of(settings);
        m.put("weights", in.weights());
        m.put("skillOverlapShare", in.skillOverlapShare());
        m.put("candidatePoolSize", in.candidatePoolSize());
        m.put("filters", in.filters());
        return m;
    }

    private static Map<String, Object> feedback(RecommendationFeedback fb) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("recommendationId", fb.recommendationId());
        m.put("requirementId", fb.requirementId());
        m.put("consultantId", fb.consultantId());
        m.put("decision", fb.decision().name().toLowerCase(Locale.ROOT));
        if (fb.reason() != null) {
            m.put("reason", fb.reason());
        }
        m.put("decidedBy", fb.decidedBy());
        m.put("decidedAt", fb.decidedAt().toString());
        return m;
    }

    private static Map<String, Object> hit(SearchHit h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", h.kind());
        m.put("id", h.id());
        m.put("title", h.title());
        if (h.subtitle() != null) {
            m.put("subtitle", h.subtitle());
        }
        m.put("score", Math.round(h.score() * 1e6) / 1e6);
        if (h.textRank() != null) {
            m.put("textRank", h.textRank());
        }
        if (h.vectorRank() != null) {
            m.put("vectorRank", h.vectorRank());
        }
        if (h.similarity() != null) {
            m.put("similarity", round(h.similarity()));
        }
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    private static UUID id(HttpRequest req, String entity) {
        String raw = req.pathParam("id");
        try {
            if (raw.length() == 36) {
                return UUID.fromString(raw);
            }
        } catch (IllegalArgumentException ignored) {
            // falls through
        }
        throw new NotFoundException(entity, raw);
    }

    private static int integer(HttpRequest req, String name, int fallback) {
        return QueryParams.integer(req::queryParam, name, fallback);
    }

    private static boolean bool(HttpRequest req, String name, boolean fallback) {
        return QueryParams.bool(req::queryParam, name, fallback);
    }
}

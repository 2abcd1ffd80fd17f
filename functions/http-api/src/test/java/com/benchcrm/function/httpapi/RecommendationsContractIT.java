package com.benchcrm.function.httpapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.common.Json;
import com.benchcrm.consultant.Consultant;
import com.benchcrm.matching.ProfileIndexer;
import com.benchcrm.matching.adapters.MatchingAdapters;
import com.benchcrm.requirement.Requirement;
import com.benchcrm.security.Role;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlParams;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Recommendations, feedback, a consultant's matches and hybrid search through the Lambda entry point
 * on real PostgreSQL, the real MiniLM model and a Lucene index; every response checked against the
 * OpenAPI document. Profiles are indexed into the function's own index, as the embed function does.
 */
class RecommendationsContractIT {

    static final OpenApiDocument DOC = OpenApiDocument.load();
    static final String RECS = "/v1/requirements/{id}/recommendations";

    static ApiTestStack stack;
    static ApiTestStack.TestTenant tenant;
    static String recruiter;
    static UUID javaKafka;      // the obvious match
    static UUID javaOnly;       // partial skills
    static UUID frontEnd;       // unrelated
    static UUID wrongAuth;      // strong, but an authorization the requirement does not take
    static UUID otherTenantTwin; // the same profile in another tenant
    static UUID requirement;

    @BeforeAll
    static void setUp() {
        stack = ApiTestStack.get();
        tenant = stack.newTenant("recs");
        recruiter = stack.token(tenant, "recruiter-1", Role.Recruiter);
        javaKafka = consultant(tenant, recruiter, "Senior Java Developer", "Java, Spring Boot and Kafka streaming on AWS, 9 years.",
                "H1B", 70, "Java", "Spring Boot", "Kafka", "AWS");
        javaOnly = consultant(tenant, recruiter, "Java Developer", "Java and Hibernate for banking back offices, 8 years.", "GC_EAD", 65,
                "Java", "Hibernate", "Oracle");
        frontEnd = consultant(tenant, recruiter, "Front-end Developer", "React and TypeScript single-page applications, 6 years.",
                "US_CITIZEN", 60, "React", "TypeScript", "CSS");
        wrongAuth = consultant(tenant, recruiter, "Senior Java Engineer", "Java, Spring Boot and Kafka event streaming, 10 years.",
                "OPT_EAD", 68, "Java", "Spring Boot", "Kafka", "AWS");
        ApiTestStack.TestTenant other = stack.newTenant("recs-other");
        otherTenantTwin = consultant(other, stack.token(other, Role.Recruiter), "Senior Java Developer",
                "Java, Spring Boot and Kafka streaming on AWS, 9 years.", "H1B", 70, "Java", "Spring Boot", "Kafka", "AWS");
        ApiResponse created = exchange(ApiEvent.load("requirements-create").token(recruiter).withoutHeader("idempotency-key"));
        assertThat(created.status()).isEqualTo(201);
        requirement = UUID.fromString(created.id());
        indexRequirement(requirement);
    }

    @Test
    void recommend_ranksTheBench_withReasonsAndFactors_storesTheRun_andAnnouncesIt() {
        ApiResponse r = exchange(ApiEvent.load("recommendations-create").token(recruiter).id(requirement).query("topK", "3"));
        assertThat(r.status()).isEqualTo(201);
        DOC.assertHttpResponse("POST", RECS, 201, r.headers(), r.rawBody());
        JsonNode body = r.body();
        List<String> ranked = body.path("items").findValuesAsText("consultantId");
        assertThat(ranked).hasSizeLessThanOrEqualTo(3).first().isEqualTo(javaKafka.toString());
        assertThat(ranked).doesNotContain(wrongAuth.toString(), otherTenantTwin.toString());
        assertThat(body.path("excluded").path("WORK_AUTHORIZATION").asInt()).isEqualTo(1);
        JsonNode best = body.path("items").get(0);
        assertThat(best.path("rank").asInt()).isEqualTo(1);
        assertThat(best.path("calibrated").asBoolean()).isFalse();
        assertThat(best.path("reasons").toString()).contains("required skills");
        double sum = 0;
        for (JsonNode f : best.path("factors")) {
            sum += f.path("contribution").asDouble();
        }
        assertThat(sum).isCloseTo(best.path("matchScore").asDouble(), org.assertj.core.data.Offset.offset(0.002));
        assertThat(body.path("model").path("embedding").asText()).startsWith("all-MiniLM-L6-v2");

        String runId = body.path("matchRunId").asText();
        ApiResponse latest = exchange(ApiEvent.load("recommendations-get").token(stack.token(tenant, Role.ReadOnly)).id(requirement));
        assertThat(latest.status()).isEqualTo(200);
        DOC.assertHttpResponse("GET", RECS, 200, latest.headers(), latest.rawBody());
        assertThat(latest.body().path("matchRunId").asText()).isEqualTo(runId);
        assertThat(latest.body().path("items").findValuesAsText("consultantId")).isEqualTo(ranked);

        List<Row> events = stack.ownerSql().inTenant(tenant.id(), s -> s.query("""
                select payload::text as payload from outbox
                where tenant_id = :tenant and event_type = 'RecommendationsReady' and payload ->> 'matchRunId' = :run""",
                SqlParams.of("tenant", tenant.id().value()).and("run", runId)));
        assertThat(events).hasSize(1);
        assertThat(Json.read(events.get(0).string("payload"), JsonNode.class).path("count").asInt()).isEqualTo(ranked.size());
    }

    @Test
    void explainFalse_leavesOutReasonsAndFactors() {
        ApiResponse r = exchange(ApiEvent.load("recommendations-create").token(recruiter).id(requirement).query("explain", "false"));
        assertThat(r.status()).isEqualTo(201);
        DOC.assertHttpResponse("POST", RECS, 201, r.headers(), r.rawBody());
        assertThat(r.body().path("items").get(0).has("factors")).isFalse();
        assertThat(r.body().path("items").get(0).has("reasons")).isFalse();
    }

    @Test
    void reject_withAReason_dropsTheConsultantFromLaterRuns_andIsShownOnTheRun() {
        UUID req = UUID.fromString(exchange(ApiEvent.load("requirements-create").token(recruiter)
                .withoutHeader("idempotency-key").body(ApiEvent.load("requirements-create").bodyJson()
                        .put("externalRef", "REJ-" + UUID.randomUUID()))).id());
        indexRequirement(req);
        JsonNode first = exchange(ApiEvent.load("recommendations-create").token(recruiter).id(req)).body();
        String recId = first.path("items").get(0).path("id").asText();
        assertThat(first.path("items").get(0).path("consultantId").asText()).isEqualTo(javaKafka.toString());

        ApiResponse noReason = exchange(ApiEvent.load("recommendations-feedback").token(recruiter).id(recId)
                .body("{\"decision\":\"reject\"}"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.problemType()).isEqualTo("invalid-request");
        ApiResponse bad = exchange(ApiEvent.load("recommendations-feedback").token(recruiter).id(recId)
                .body("{\"decision\":\"maybe\",\"reason\":\"x\"}"));
        assertThat(bad.status()).isEqualTo(400);

        ApiResponse fb = exchange(ApiEvent.load("recommendations-feedback").token(recruiter).id(recId));
        assertThat(fb.status()).isEqualTo(200);
        DOC.assertHttpResponse("POST", "/v1/recommendations/{id}/feedback", 200, fb.headers(), fb.rawBody());
        assertThat(fb.body().path("decision").asText()).isEqualTo("reject");
        assertThat(fb.body().path("decidedBy").asText()).isEqualTo("recruiter-1");

        JsonNode shown = exchange(ApiEvent.load("recommendations-get").token(recruiter).id(req)).body();
        assertThat(shown.path("items").get(0).path("feedback").path("reason").asText()).isEqualTo("Wants remote roles only");

        JsonNode again = exchange(ApiEvent.load("recommendations-create").token(recruiter).id(req)).body();
        assertThat(again.path("items").findValuesAsText("consultantId")).doesNotContain(javaKafka.toString()).isNotEmpty();
        assertThat(again.path("rejectedByRecruiter").asInt()).isEqualTo(1);

        // changing one's mind: an accept brings the consultant back
        assertThat(exchange(ApiEvent.load("recommendations-feedback").token(recruiter).id(recId)
                .body("{\"decision\":\"accept\"}")).status()).isEqualTo(200);
        JsonNode back = exchange(ApiEvent.load("recommendations-create").token(recruiter).id(req)).body();
        assertThat(back.path("items").findValuesAsText("consultantId")).contains(javaKafka.toString());
        Long audited = stack.ownerSql().inTenant(tenant.id(), s -> s.queryOne("""
                select count(*) as n from audit_log where tenant_id = :tenant and action = 'recommendation.feedback'
                and entity_id = :id""", SqlParams.of("tenant", tenant.id().value()).and("id", UUID.fromString(recId)))
                .orElseThrow().longValue("n"));
        assertThat(audited).isEqualTo(2);
    }

    @Test
    void permissionsAndBadInput_areRefusedWithProblems() {
        String readOnly = stack.token(tenant, Role.ReadOnly);
        assertThat(exchange(ApiEvent.load("recommendations-create").token(readOnly).id(requirement)).status()).isEqualTo(403);
        assertThat(exchange(ApiEvent.load("recommendations-feedback").token(readOnly).id(UUID.randomUUID())).status()).isEqualTo(403);
        for (String topK : new String[] {"0", "51", "ten"}) {
            ApiResponse r = exchange(ApiEvent.load("recommendations-create").token(recruiter).id(requirement).query("topK", topK));
            assertThat(r.status()).as(topK).isEqualTo(400);
            assertThat(r.body().path("errors").findValuesAsText("pointer")).as(topK).isNotEmpty();
        }
        ApiResponse unknownReq = exchange(ApiEvent.load("recommendations-create").token(recruiter).id(UUID.randomUUID()));
        assertThat(unknownReq.status()).isEqualTo(404);
        DOC.assertHttpResponse("POST", RECS, 404, unknownReq.headers(), unknownReq.rawBody());
        assertThat(exchange(ApiEvent.load("recommendations-feedback").token(recruiter).id(UUID.randomUUID())).status()).isEqualTo(404);
        ApiResponse never = exchange(ApiEvent.load("recommendations-get").token(recruiter).id(UUID.randomUUID()));
        assertThat(never.status()).isEqualTo(404);
    }

    @Test
    void anotherTenant_cannotRankReadOrGiveFeedbackOnThisTenantsRuns() {
        JsonNode run = exchange(ApiEvent.load("recommendations-create").token(recruiter).id(requirement)).body();
        ApiTestStack.TestTenant other = stack.newTenant("recs-spy");
        String spy = stack.token(other, Role.Admin);
        assertThat(exchange(ApiEvent.load("recommendations-create").token(spy).id(requirement)).status()).isEqualTo(404);
        assertThat(exchange(ApiEvent.load("recommendations-get").token(spy).id(requirement)).status()).isEqualTo(404);
        assertThat(exchange(ApiEvent.load("recommendations-feedback").token(spy).id(run.path("items").get(0).path("id").asText()))
                .status()).isEqualTo(404);
        assertThat(exchange(ApiEvent.load("consultants-matches").token(spy).id(javaKafka)).status()).isEqualTo(404);
        JsonNode found = exchange(ApiEvent.load("search").token(spy)).body();
        assertThat(found.path("items").findValuesAsText("id")).doesNotContain(javaKafka.toString(), javaOnly.toString());
    }

    @Test
    void consultantMatches_listTheOpenRequirementsTheConsultantFits() {
        ApiResponse r = exchange(ApiEvent.load("consultants-matches").token(recruiter).id(javaKafka));
        assertThat(r.status()).isEqualTo(200);
        DOC.assertHttpResponse("GET", "/v1/consultants/{id}/matches", 200, r.headers(), r.rawBody());
        assertThat(r.body().path("items").findValuesAsText("requirementId")).contains(requirement.toString());
        JsonNode first = r.body().path("items").get(0);
        assertThat(first.path("matchScore").asDouble()).isBetween(0.0, 1.0);
        assertThat(first.path("reasons")).isNotEmpty();
        // the consultant whose authorization the requirement does not take has no match there
        JsonNode excluded = exchange(ApiEvent.load("consultants-matches").token(recruiter).id(wrongAuth)).body();
        assertThat(excluded.path("items").findValuesAsText("requirementId")).doesNotContain(requirement.toString());
        assertThat(exchange(ApiEvent.load("consultants-matches").token(recruiter).id(UUID.randomUUID())).status()).isEqualTo(404);
    }

    @Test
    void search_fusesFullTextAndVectors_underFilters() {
        ApiResponse r = exchange(ApiEvent.load("search").token(recruiter));
        assertThat(r.status()).isEqualTo(200);
        DOC.assertHttpResponse("GET", "/v1/search", 200, r.headers(), r.rawBody());
        List<String> ids = r.body().path("items").findValuesAsText("id");
        assertThat(ids.get(0)).isIn(javaKafka.toString(), wrongAuth.toString());
        assertThat(ids).doesNotContain(otherTenantTwin.toString());
        JsonNode top = r.body().path("items").get(0);
        assertThat(top.has("textRank")).isTrue();
        assertThat(top.has("vectorRank")).isTrue();
        assertThat(ids.indexOf(frontEnd.toString())).isGreaterThan(ids.indexOf(javaKafka.toString()));

        // meaning without shared words: the vector half finds the React developer
        JsonNode ui = exchange(ApiEvent.load("search").token(recruiter).query("q", "user interface engineer for web apps")).body();
        assertThat(ui.path("items").get(0).path("id").asText()).isEqualTo(frontEnd.toString());

        // a filter applies to both halves
        JsonNode filtered = exchange(ApiEvent.load("search").token(recruiter).query("workAuthorization", "OPT_EAD")).body();
        assertThat(filtered.path("items").findValuesAsText("id")).containsExactly(wrongAuth.toString());

        JsonNode reqs = exchange(ApiEvent.load("search").token(recruiter).query("type", "requirement")
                .query("status", "OPEN")).body();
        assertThat(reqs.path("items").findValuesAsText("id")).contains(requirement.toString());
        assertThat(reqs.path("items").findValuesAsText("kind")).containsOnly("requirement");

        for (Map.Entry<String, String> bad : List.of(Map.entry("type", "vendor"), Map.entry("limit", "0"),
                Map.entry("availableBy", "soon"), Map.entry("state", "Texas!"), Map.entry("q", " "))) {
            ApiResponse b = exchange(ApiEvent.load("search").token(recruiter).query(bad.getKey(), bad.getValue()));
            assertThat(b.status()).as(bad.toString()).isEqualTo(400);
            assertThat(b.body().path("errors").findValuesAsText("pointer")).as(bad.toString()).isNotEmpty();
        }
        ApiResponse mixed = exchange(ApiEvent.load("search").token(recruiter).query("type", "requirement")
                .query("workAuthorization", "H1B"));
        assertThat(mixed.status()).isEqualTo(400);
    }

    @Test
    void settings_readByAnyRole_replacedByAdminsOnly_validatedWhole_andUsedByTheNextRun() {
        ApiTestStack.TestTenant own = stack.newTenant("recs-settings");
        String admin = stack.token(own, "admin-7", Role.Admin);
        ApiResponse initial = exchange(ApiEvent.load("recommendations-get").token(stack.token(own, Role.ReadOnly))
                .method("GET").path("/v1/settings/matching").noQuery());
        assertThat(initial.status()).isEqualTo(200);
        DOC.assertHttpResponse("GET", "/v1/settings/matching", 200, initial.headers(), initial.rawBody());
        assertThat(initial.body().path("version").asText()).isEqualTo("default-1");
        assertThat(initial.body().path("weights").path("skills").asDouble()).isEqualTo(0.35);
        assertThat(initial.body().path("weights").path("role").asDouble()).isEqualTo(0.25);

        ObjectNode body = (ObjectNode) initial.body().deepCopy();
        body.remove("version");
        ((ObjectNode) body.path("weights")).put("skills", 0.90).put("location", 0.0).put("rate", 0.0).put("seniority", 0.05)
                .put("history", 0.0).put("availability", 0.05);
        ((ObjectNode) body.path("weights")).remove("role"); // optional: a client written before the role factor sends six
        ((ObjectNode) body.path("filters")).put("workAuthorization", "flag");
        ApiEvent put = ApiEvent.load("recommendations-feedback").method("PUT").path("/v1/settings/matching").noQuery();
        assertThat(exchange(put.token(stack.token(own, Role.Recruiter)).body(body)).status()).isEqualTo(403);
        ApiResponse saved = exchange(ApiEvent.load("recommendations-feedback").method("PUT").path("/v1/settings/matching")
                .noQuery().token(admin).body(body));
        assertThat(saved.status()).isEqualTo(200);
        DOC.assertHttpResponse("PUT", "/v1/settings/matching", 200, saved.headers(), saved.rawBody());
        assertThat(saved.body().path("version").asText()).isEqualTo("tenant-1");
        assertThat(saved.body().path("filters").path("workAuthorization").asText()).isEqualTo("flag");

        ObjectNode broken = body.deepCopy();
        ((ObjectNode) broken.path("weights")).put("skills", 0.5).put("bogus", 0.1);
        ((ObjectNode) broken.path("filters")).put("availability", "sometimes");
        broken.put("candidatePoolSize", 0);
        ApiResponse refused = exchange(ApiEvent.load("recommendations-feedback").method("PUT").path("/v1/settings/matching")
                .noQuery().token(admin).body(broken));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().path("errors").findValuesAsText("pointer")).contains("/weights/bogus",
                "/filters/availability", "/candidatePoolSize");
        assertThat(exchange(ApiEvent.load("recommendations-get").token(admin).method("GET").path("/v1/settings/matching")
                .noQuery()).body().path("version").asText()).isEqualTo("tenant-1");

        // the next run records the tenant's version, and the flagged (no longer excluded) consultant is ranked
        UUID strong = consultant(own, admin, "Senior Java Engineer", "Java, Spring Boot and Kafka event streaming, 10 years.",
                "OPT_EAD", 68, "Java", "Spring Boot", "Kafka", "AWS");
        UUID req = UUID.fromString(exchange(ApiEvent.load("requirements-create").token(admin).withoutHeader("idempotency-key")).id());
        JsonNode run = exchange(ApiEvent.load("recommendations-create").token(admin).id(req)).body();
        assertThat(run.path("model").path("settings").asText()).isEqualTo("tenant-1");
        JsonNode item = run.path("items").get(0);
        assertThat(item.path("consultantId").asText()).isEqualTo(strong.toString());
        assertThat(item.path("flags").findValuesAsText("filter")).contains("work_authorization");
    }

    @Test
    void withoutAnEmbeddingModel_everyMatchingRouteAnswers503NotConfigured_andNothingIsStored() {
        var pg = com.benchcrm.local.postgres.TestDatabase.get();
        HttpApiConfig config = HttpApiConfig.from(Map.of(
                "BENCHCRM_SQL_MODE", "jdbc", "BENCHCRM_JDBC_URL", pg.jdbcUrl(), "BENCHCRM_JDBC_USER", pg.roles().appRole(),
                "BENCHCRM_JDBC_PASSWORD", pg.roles().appPassword(), "BENCHCRM_JWT_ISSUER", ApiTestStack.ISSUER,
                "BENCHCRM_JWKS_JSON", stack.issuer().publicJwksJson(), "BENCHCRM_METRICS", "off")::get);
        assertThat(config.matching()).isEmpty();
        var api = HttpApiComponents.create(config).api();
        String token = stack.token(tenant, Role.Admin);
        long runsBefore = runs();
        for (String[] route : new String[][] {{"POST", "/v1/requirements/" + requirement + "/recommendations"},
                {"GET", "/v1/requirements/" + requirement + "/recommendations"}, {"GET", "/v1/consultants/" + javaKafka + "/matches"},
                {"POST", "/v1/recommendations/" + UUID.randomUUID() + "/feedback"}, {"GET", "/v1/search"}}) {
            var response = api.handle(new com.benchcrm.function.httpapi.http.HttpRequest(route[0], route[1], Map.of(), Map.of("q", "java"),
                    Map.of("authorization", "Bearer " + token, "content-type", "application/json"),
                    "{\"decision\":\"accept\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8), "trace-1"));
            assertThat(response.status()).as(route[1]).isEqualTo(503);
            assertThat(response.body()).as(route[1]).contains("/problems/not-configured");
        }
        assertThat(runs()).isEqualTo(runsBefore);
    }

    private static long runs() {
        return stack.ownerSql().inTenant(tenant.id(), s -> s.queryOne("select count(*) as n from match_run where tenant_id = :t",
                SqlParams.of("t", tenant.id().value())).orElseThrow().longValue("n"));
    }

    private static UUID consultant(ApiTestStack.TestTenant owner, String token, String title, String summary, String auth, int rate, String... skills) {
        ObjectNode body = ApiEvent.load("consultants-create").bodyJson();
        body.put("externalId", "c-" + UUID.randomUUID());
        body.put("email", UUID.randomUUID() + "@example.com");
        body.put("fullName", title + " " + Long.toString(System.nanoTime(), 36));
        body.put("title", title);
        body.put("summary", summary);
        body.put("workAuthorization", auth);
        ((ObjectNode) body.path("rate")).put("amount", rate);
        ArrayNode ks = body.putArray("skills");
        for (String k : skills) {
            ks.addObject().put("name", k).put("years", 5);
        }
        ApiResponse r = exchange(ApiEvent.load("consultants-create").token(token).withoutHeader("idempotency-key").body(body));
        assertThat(r.status()).isEqualTo(201);
        Consultant c = Json.read(r.rawBody(), Consultant.class);
        new ProfileIndexer(matching().model(), matching().index()).indexConsultants(owner.id(), List.of(c));
        return c.id();
    }

    private static void indexRequirement(UUID id) {
        ApiResponse r = exchange(ApiEvent.load("requirements-get").token(recruiter).id(id));
        Requirement req = Json.read(r.rawBody(), Requirement.class);
        new ProfileIndexer(matching().model(), matching().index()).indexRequirements(tenant.id(), new ArrayList<>(List.of(req)));
    }

    private static MatchingAdapters matching() {
        return stack.matching();
    }

    private static ApiResponse exchange(ApiEvent event) {
        return stack.invoke(event);
    }
}

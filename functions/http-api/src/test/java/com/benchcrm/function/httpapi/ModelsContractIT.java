package com.benchcrm.function.httpapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.blob.FolderBlobStore;
import com.benchcrm.common.Json;
import com.benchcrm.consultant.Consultant;
import com.benchcrm.matching.ProfileIndexer;
import com.benchcrm.matching.success.BlobModelRegistry;
import com.benchcrm.matching.success.ModelCard;
import com.benchcrm.matching.success.SuccessFeatures;
import com.benchcrm.matching.success.SuccessModel;
import com.benchcrm.requirement.Requirement;
import com.benchcrm.security.Role;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The success-model registry through the Lambda entry point (ADR 0076): versions the training job
 * registered in the function's model folder, listed, activated, rolled back, per tenant and for
 * Owner/Admin only; a recommendation run while a calibrated model is active says {@code calibrated: true},
 * carries that model's probability and records its version. Every response checked against the OpenAPI document.
 */
class ModelsContractIT {

    static final OpenApiDocument DOC = OpenApiDocument.load();
    static ApiTestStack stack;
    static ApiTestStack.TestTenant tenant;
    static ApiTestStack.TestTenant other;
    static String admin;
    static String recruiter;
    /** The body of the last {@link #recommend} run. */
    static JsonNode lastRun;

    @BeforeAll
    static void setUp() {
        stack = ApiTestStack.get();
        tenant = stack.newTenant("models");
        other = stack.newTenant("models-other");
        admin = stack.token(tenant, Role.Admin);
        recruiter = stack.token(tenant, "recruiter-m", Role.Recruiter);
        BlobModelRegistry registry = new BlobModelRegistry(new FolderBlobStore(ApiTestStack.MODELS_DIR));
        // what the training job writes: a calibrated version, a later one, and one trained on too few outcomes
        registry.register(
                tenant.id(), model("v1", true, -3.0), card("v1", true, "2026-12-01T00:00:00Z"), new byte[] {1, 2});
        registry.register(tenant.id(), model("v2", true, -1.0), card("v2", true, "2026-12-02T00:00:00Z"), null);
        registry.register(
                tenant.id(), model("v3-small", false, 0), card("v3-small", false, "2026-12-03T00:00:00Z"), null);
    }

    /** A served model whose probability depends on the match score only: sigmoid(intercept + 2 * matchScore). */
    static SuccessModel model(String version, boolean calibrated, double intercept) {
        int d = SuccessFeatures.NAMES.size();
        double[] coef = new double[d];
        coef[SuccessFeatures.NAMES.indexOf("matchScore")] = 2;
        double[] ones = new double[d];
        java.util.Arrays.fill(ones, 1);
        return new SuccessModel(
                version,
                SuccessModel.LOGISTIC_PLATT,
                SuccessFeatures.NAMES,
                new double[d],
                ones,
                coef,
                intercept,
                1,
                0,
                calibrated,
                calibrated ? 400 : 50,
                Instant.parse("2026-12-01T00:00:00Z"));
    }

    static ModelCard card(String version, boolean calibrated, String at) {
        Instant t = Instant.parse(at);
        return new ModelCard(
                version,
                SuccessModel.LOGISTIC_PLATT,
                "placed",
                t,
                t.minusSeconds(86400 * 90),
                t,
                calibrated ? 400 : 50,
                calibrated ? 40 : 5,
                calibrated,
                200,
                SuccessFeatures.NAMES,
                Map.of("logistic regression + Platt (served)", Map.of("brier", 0.07, "auc", 0.68)),
                List.of(new ModelCard.Bin(0, 0.1, 220, 0.057, 0.045)),
                1234,
                "test fixture");
    }

    @Test
    void list_activate_rollback_asDocumented_andRecommendationsFollowTheActiveModel() {
        ApiResponse list = exchange(ApiEvent.load("models-list").token(admin));
        assertThat(list.status()).isEqualTo(200);
        DOC.assertHttpResponse("GET", "/v1/models", 200, list.headers(), list.rawBody());
        assertThat(list.body().path("items").findValuesAsText("version")).containsExactly("v3-small", "v2", "v1");
        assertThat(list.body().has("active")).isFalse();

        ApiResponse none = exchange(ApiEvent.load("models-active-get").token(admin));
        assertThat(none.status()).isEqualTo(404);
        DOC.assertHttpResponse("GET", "/v1/models/active", 404, none.headers(), none.rawBody());

        UUID requirement = matchableRequirement();
        JsonNode before = recommend(requirement);
        assertThat(before.path("calibrated").asBoolean()).isFalse();
        assertThat(lastRun.path("model").has("success")).isFalse();

        ApiResponse v2 = exchange(ApiEvent.load("models-activate").token(admin).body("{\"version\":\"v2\"}"));
        assertThat(v2.status()).isEqualTo(200);
        DOC.assertHttpResponse("PUT", "/v1/models/active", 200, v2.headers(), v2.rawBody());
        assertThat(v2.body().path("version").asText()).isEqualTo("v2");
        JsonNode withV2 = recommend(requirement);
        assertThat(withV2.path("calibrated").asBoolean()).isTrue();
        assertThat(lastRun.path("model").path("success").asText()).isEqualTo("v2");
        double score = withV2.path("matchScore").asDouble();
        assertThat(withV2.path("successProbability").asDouble())
                .isCloseTo(SuccessModel.sigmoid(-1 + 2 * score), org.assertj.core.data.Offset.offset(1e-4));

        // rollback to v1: its (lower) curve applies at once
        assertThat(exchange(ApiEvent.load("models-activate").token(admin).body("{\"version\":\"v1\"}"))
                        .status())
                .isEqualTo(200);
        ApiResponse active = exchange(ApiEvent.load("models-active-get").token(admin));
        DOC.assertHttpResponse("GET", "/v1/models/active", 200, active.headers(), active.rawBody());
        assertThat(active.body().path("version").asText()).isEqualTo("v1");
        JsonNode withV1 = recommend(requirement);
        assertThat(withV1.path("successProbability").asDouble())
                .isCloseTo(
                        SuccessModel.sigmoid(-3 + 2 * withV1.path("matchScore").asDouble()),
                        org.assertj.core.data.Offset.offset(1e-4));

        // a version trained on too few outcomes may be active, but recommendations keep the fixed curve
        assertThat(exchange(ApiEvent.load("models-activate").token(admin).body("{\"version\":\"v3-small\"}"))
                        .status())
                .isEqualTo(200);
        assertThat(recommend(requirement).path("calibrated").asBoolean()).isFalse();

        ApiResponse one = exchange(ApiEvent.load("models-get").token(admin).path("/v1/models/v1"));
        assertThat(one.status()).isEqualTo(200);
        DOC.assertHttpResponse("GET", "/v1/models/{version}", 200, one.headers(), one.rawBody());
        assertThat(one.body().path("calibration").get(0).path("count").asInt()).isEqualTo(220);
    }

    @Test
    void anotherTenant_seesNoneOfIt_andCannotActivateTheseVersions() {
        String otherAdmin = stack.token(other, Role.Owner);
        ApiResponse list = exchange(ApiEvent.load("models-list").token(otherAdmin));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().path("items").size()).isZero();
        ApiResponse put =
                exchange(ApiEvent.load("models-activate").token(otherAdmin).body("{\"version\":\"v1\"}"));
        assertThat(put.status()).isEqualTo(404);
        DOC.assertHttpResponse("PUT", "/v1/models/active", 404, put.headers(), put.rawBody());
        assertThat(exchange(ApiEvent.load("models-get").token(otherAdmin).path("/v1/models/v1"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void recruiter_isForbidden_andABadBody_is4xx() {
        ApiResponse forbidden = exchange(ApiEvent.load("models-list").token(recruiter));
        assertThat(forbidden.status()).isEqualTo(403);
        DOC.assertHttpResponse("GET", "/v1/models", 403, forbidden.headers(), forbidden.rawBody());
        assertThat(exchange(ApiEvent.load("models-activate").token(recruiter).body("{\"version\":\"v1\"}"))
                        .status())
                .isEqualTo(403);
        ApiResponse empty =
                exchange(ApiEvent.load("models-activate").token(admin).body("{}"));
        assertThat(empty.status()).isEqualTo(422);
        DOC.assertHttpResponse("PUT", "/v1/models/active", 422, empty.headers(), empty.rawBody());
        assertThat(empty.body().path("errors").findValuesAsText("pointer")).containsExactly("/version");
        assertThat(exchange(ApiEvent.load("models-activate").token(admin).body("{\"version\":\"nope\"}"))
                        .status())
                .isEqualTo(404);
        assertThat(exchange(ApiEvent.load("models-activate").token(admin).body("{\"version\":1}"))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void drift_isDocumented_404WithoutAnActiveModel_ownerOrAdminOnly_andABadWindowIs400() {
        ApiTestStack.TestTenant t = stack.newTenant("models-drift");
        String owner = stack.token(t, Role.Owner);
        ApiResponse none = exchange(ApiEvent.load("models-active-drift").token(owner));
        assertThat(none.status()).isEqualTo(404);
        DOC.assertHttpResponse("GET", "/v1/models/active/drift", 404, none.headers(), none.rawBody());

        BlobModelRegistry registry = new BlobModelRegistry(new FolderBlobStore(ApiTestStack.MODELS_DIR));
        ModelCard plain = card("d1", true, "2026-12-04T00:00:00Z");
        java.util.Map<String, ModelCard.Histogram> bins = new java.util.LinkedHashMap<>();
        for (String f : SuccessFeatures.NAMES) {
            bins.put(f, new ModelCard.Histogram(List.of(0.5), List.of(0.5, 0.5)));
        }
        bins.put(ModelCard.SCORE, new ModelCard.Histogram(List.of(0.1, 0.2), List.of(0.3, 0.3, 0.4)));
        registry.register(
                t.id(),
                model("d1", true, -2),
                new ModelCard(
                        plain.version(),
                        plain.kind(),
                        plain.label(),
                        plain.trainedAt(),
                        plain.windowFrom(),
                        plain.windowTo(),
                        plain.labelled(),
                        plain.positives(),
                        plain.calibrated(),
                        plain.minimumOutcomes(),
                        plain.features(),
                        plain.metrics(),
                        plain.calibration(),
                        plain.trainingMillis(),
                        plain.notes(),
                        bins),
                null);
        registry.activate(t.id(), "d1");

        ApiResponse drift = exchange(ApiEvent.load("models-active-drift").token(owner));
        assertThat(drift.status()).as(drift.rawBody()).isEqualTo(200);
        DOC.assertHttpResponse("GET", "/v1/models/active/drift", 200, drift.headers(), drift.rawBody());
        assertThat(drift.body().path("version").asText()).isEqualTo("d1");
        assertThat(drift.body().path("days").asInt()).isEqualTo(30);
        assertThat(drift.body().path("recent").asInt()).isZero(); // no recommendations in this tenant yet
        assertThat(drift.body().has("maxPsi")).isFalse();
        assertThat(drift.body().path("score").path("level").asText()).isEqualTo("no traffic");
        assertThat(drift.body().path("features").findValuesAsText("name")).isEqualTo(SuccessFeatures.NAMES);
        ApiResponse card = exchange(ApiEvent.load("models-get").token(owner).path("/v1/models/d1"));
        DOC.assertHttpResponse("GET", "/v1/models/{version}", 200, card.headers(), card.rawBody());
        assertThat(card.body().path("trainingBins").path("score").path("shares").size())
                .isEqualTo(3);

        ApiResponse forbidden =
                exchange(ApiEvent.load("models-active-drift").token(stack.token(t, "rec-d", Role.Recruiter)));
        assertThat(forbidden.status()).isEqualTo(403);
        DOC.assertHttpResponse("GET", "/v1/models/active/drift", 403, forbidden.headers(), forbidden.rawBody());
        ApiResponse bad = exchange(ApiEvent.load("models-active-drift")
                .token(owner)
                .rawQuery("days=0")
                .query("days", "0"));
        assertThat(bad.status()).isEqualTo(400);
        DOC.assertHttpResponse("GET", "/v1/models/active/drift", 400, bad.headers(), bad.rawBody());
        // another tenant's active model is not this tenant's
        assertThat(exchange(ApiEvent.load("models-active-drift").token(stack.token(other, Role.Owner)))
                        .status())
                .isEqualTo(404);
    }

    /** The best item of a fresh recommendation run for the requirement. */
    private static JsonNode recommend(UUID requirement) {
        ApiResponse r = exchange(ApiEvent.load("recommendations-create")
                .token(recruiter)
                .id(requirement)
                .query("topK", "3"));
        assertThat(r.status()).isEqualTo(201);
        DOC.assertHttpResponse("POST", "/v1/requirements/{id}/recommendations", 201, r.headers(), r.rawBody());
        lastRun = r.body();
        return r.body().path("items").get(0);
    }

    private static UUID matchableRequirement() {
        consultant(
                "Senior Java Developer",
                "Java, Spring Boot and Kafka streaming on AWS, 9 years.",
                "H1B",
                70,
                "Java",
                "Spring Boot",
                "Kafka");
        ApiResponse created =
                exchange(ApiEvent.load("requirements-create").token(recruiter).withoutHeader("idempotency-key"));
        assertThat(created.status()).isEqualTo(201);
        UUID id = UUID.fromString(created.id());
        Requirement req = Json.read(
                exchange(ApiEvent.load("requirements-get").token(recruiter).id(id))
                        .rawBody(),
                Requirement.class);
        new ProfileIndexer(stack.matching().model(), stack.matching().index())
                .indexRequirements(tenant.id(), new ArrayList<>(List.of(req)));
        return id;
    }

    private static void consultant(String title, String summary, String auth, int rate, String... skills) {
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
        ApiResponse r = exchange(ApiEvent.load("consultants-create")
                .token(recruiter)
                .withoutHeader("idempotency-key")
                .body(body));
        assertThat(r.status()).isEqualTo(201);
        Consultant c = Json.read(r.rawBody(), Consultant.class);
        new ProfileIndexer(stack.matching().model(), stack.matching().index())
                .indexConsultants(tenant.id(), List.of(c));
    }

    private static ApiResponse exchange(ApiEvent event) {
        return stack.invoke(event);
    }
}

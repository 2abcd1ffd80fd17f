package com.benchcrm.function.httpapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.security.Role;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hot lists, consultants' marketing preferences and the tenant's marketing policy through the real
 * Lambda entry point with the sample events of {@code events/http-api/}: every response checked
 * against the OpenAPI document, bad input answered with a precise problem, nobody named in a
 * rendering, and no route showing or taking another tenant's records.
 */
class HotListsContractIT {

    static final OpenApiDocument DOC = OpenApiDocument.load();

    static ApiTestStack stack;
    static ApiTestStack.TestTenant tenant;
    static ApiTestStack.TestTenant other;
    static String recruiter;
    static String owner;
    static String analyst;
    static String otherRecruiter;

    @BeforeAll
    static void setUp() {
        stack = ApiTestStack.get();
        tenant = stack.newTenant("hotlists");
        other = stack.newTenant("hotlists-other");
        recruiter = stack.token(tenant, Role.Recruiter);
        owner = stack.token(tenant, Role.Owner);
        analyst = stack.token(tenant, Role.Analyst);
        otherRecruiter = stack.token(other, Role.Recruiter);
    }

    static ApiResponse exchange(ApiEvent event) {
        ApiResponse r = ApiTestStack.get().invoke(event);
        JsonNode e = CompaniesContractIT.readEvent(event);
        String method = e.path("requestContext").path("http").path("method").asText();
        String template = DOC.pathTemplateOf(e.path("rawPath").asText()).orElse(null);
        DOC.assertHttpResponse(method, template, r.status(), r.headers(), r.rawBody());
        return r;
    }

    static String consultant(String token, String fullName, String title) {
        ObjectNode body = ApiEvent.load("consultants-create").bodyJson();
        body.put("fullName", fullName)
                .put("email", fullName.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID() + "@example.com")
                .put("title", title)
                .remove("externalId");
        ApiResponse r = exchange(ApiEvent.load("consultants-create")
                .token(token)
                .withoutHeader("idempotency-key")
                .body(body));
        assertThat(r.status()).as(r.rawBody()).isEqualTo(201);
        return r.id();
    }

    static ApiResponse createHotList(String token, String name, String... consultantIds) {
        ObjectNode body = ApiEvent.load("hot-lists-create").bodyJson();
        body.put("name", name).remove("filter");
        var ids = body.putArray("consultantIds");
        for (String id : consultantIds) {
            ids.add(id);
        }
        return exchange(ApiEvent.load("hot-lists-create")
                .token(token)
                .withoutHeader("idempotency-key")
                .body(body));
    }

    static void assertProblem(ApiResponse r, int status, String slug) {
        CompaniesContractIT.assertProblem(r, status, slug);
    }

    @Test
    void hotListLifecycle_createReplayGetListPatchPreviewDelete_asDocumented() {
        String c = consultant(recruiter, "Quinn Lifecycle", "Senior Java Developer");
        ObjectNode body = ApiEvent.load("hot-lists-create").bodyJson();
        body.putArray("consultantIds").add(c);
        ApiResponse created = exchange(ApiEvent.load("hot-lists-create")
                .token(recruiter)
                .header("idempotency-key", "hl-life-1")
                .body(body));
        assertThat(created.status()).as(created.rawBody()).isEqualTo(201);
        assertThat(created.header("location")).isEqualTo("/v1/hot-lists/" + created.id());
        assertThat(created.body().path("filter").path("skills").toString()).isEqualTo("[\"Java\",\"AWS\"]");
        ApiResponse replay = exchange(ApiEvent.load("hot-lists-create")
                .token(recruiter)
                .header("idempotency-key", "hl-life-1")
                .body(body));
        assertThat(replay.header("idempotency-replayed")).isEqualTo("true");
        assertThat(replay.id()).isEqualTo(created.id());

        ApiResponse got = exchange(ApiEvent.load("hot-lists-get").token(analyst).id(created.id()));
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.header("etag")).isEqualTo("\"1\"");
        ApiResponse listed = exchange(ApiEvent.load("hot-lists-list").token(recruiter));
        assertThat(listed.body().path("items").findValuesAsText("id")).contains(created.id());

        ApiResponse patched = exchange(ApiEvent.load("hot-lists-patch")
                .token(recruiter)
                .id(created.id())
                .header("if-match", "\"1\""));
        assertThat(patched.status()).as(patched.rawBody()).isEqualTo(200);
        assertThat(patched.body().path("name").asText()).isEqualTo("Java and AWS, week 50");
        assertThat(patched.body().has("filter")).isFalse();

        ApiResponse preview =
                exchange(ApiEvent.load("hot-lists-preview").token(analyst).id(created.id()));
        assertThat(preview.status()).as(preview.rawBody()).isEqualTo(200);
        assertThat(preview.body().path("lines").findValuesAsText("consultantId"))
                .containsExactly(c);
        assertThat(preview.body().path("lines").get(0).path("referenceCode").asText())
                .matches("BC-[0-9A-F]{8}");
        assertThat(preview.body().path("html").asText()
                        + preview.body().path("text").asText())
                .contains("Senior Java Developer")
                .doesNotContain("Quinn", "Lifecycle", "@example.com", "555-0100");

        assertThat(exchange(ApiEvent.load("hot-lists-delete")
                                .token(recruiter)
                                .id(created.id())
                                .header("if-match", "\"2\""))
                        .status())
                .isEqualTo(204);
        assertProblem(exchange(ApiEvent.load("hot-lists-get").token(recruiter).id(created.id())), 404, "not-found");
    }

    @Test
    void optOut_throughTheConsultantsMarketingRoute_takesTheConsultantOffThePreview() {
        String staying = consultant(recruiter, "Rae Staying", "QA Lead");
        String leaving = consultant(recruiter, "Sam Leaving", "Data Engineer");
        String list = createHotList(recruiter, "opt-out", staying, leaving).id();
        ApiResponse before = exchange(
                ApiEvent.load("consultants-marketing-get").token(recruiter).id(leaving));
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.body().path("optedOut").asBoolean()).isFalse();

        ApiResponse set = exchange(
                ApiEvent.load("consultants-marketing-put").token(recruiter).id(leaving));
        assertThat(set.status()).as(set.rawBody()).isEqualTo(200);
        assertThat(set.body().path("optedOut").asBoolean()).isTrue();

        ApiResponse preview =
                exchange(ApiEvent.load("hot-lists-preview").token(recruiter).id(list));
        assertThat(preview.body().path("lines").findValuesAsText("consultantId"))
                .containsExactly(staying);
        assertThat(preview.body().path("excludedOptedOut").asInt()).isEqualTo(1);
        assertThat(preview.body().path("text").asText()).doesNotContain("Data Engineer");
        assertProblem(
                exchange(ApiEvent.load("consultants-marketing-put")
                        .token(analyst)
                        .id(leaving)),
                403,
                "forbidden");
    }

    @Test
    void marketingSettings_ownerShowsRates_recruiterCannotChangeThem() {
        ApiTestStack.TestTenant own = stack.newTenant("hotlists-rates");
        String ownRecruiter = stack.token(own, Role.Recruiter);
        String ownOwner = stack.token(own, Role.Owner);
        String c = consultant(ownRecruiter, "Tia Rate", "Java Developer");
        String list = createHotList(ownRecruiter, "rates", c).id();
        ApiResponse defaults = exchange(ApiEvent.load("settings-marketing-get").token(ownRecruiter));
        assertThat(defaults.body().path("version").asInt()).isZero();
        assertThat(defaults.body().path("showRate").asBoolean()).isFalse();
        assertThat(exchange(ApiEvent.load("hot-lists-preview")
                                .token(ownRecruiter)
                                .id(list))
                        .body()
                        .path("lines")
                        .get(0)
                        .has("rate"))
                .isFalse();

        assertProblem(exchange(ApiEvent.load("settings-marketing-put").token(ownRecruiter)), 403, "forbidden");
        ApiResponse put = exchange(ApiEvent.load("settings-marketing-put").token(ownOwner));
        assertThat(put.status()).as(put.rawBody()).isEqualTo(200);
        assertThat(put.body().path("version").asInt()).isEqualTo(1);
        assertProblem(
                exchange(ApiEvent.load("settings-marketing-put").token(ownOwner).header("if-match", "\"7\"")),
                412,
                "precondition-failed");

        ApiResponse shown =
                exchange(ApiEvent.load("hot-lists-preview").token(ownRecruiter).id(list));
        assertThat(shown.body().path("lines").get(0).path("rate").asText()).isEqualTo("70 USD/hour C2C");
        assertThat(shown.body().path("html").asText()).contains("70 USD/hour C2C");
    }

    @Test
    void badInput_noPicksNoFilter_foreignPick_unknownField_areProblems() {
        ObjectNode empty = ApiEvent.load("hot-lists-create").bodyJson();
        empty.remove("filter");
        empty.putArray("consultantIds");
        ApiResponse none = exchange(ApiEvent.load("hot-lists-create")
                .token(recruiter)
                .withoutHeader("idempotency-key")
                .body(empty));
        assertProblem(none, 422, "validation");
        assertThat(none.body().path("errors").findValuesAsText("pointer")).containsExactly("/consultantIds");

        String theirs = consultant(otherRecruiter, "Uma Theirs", "Java Developer");
        ApiResponse foreign = createHotList(recruiter, "foreign", theirs);
        assertProblem(foreign, 422, "validation");
        assertThat(foreign.body().path("errors").findValuesAsText("pointer")).containsExactly("/consultantIds/0");

        ObjectNode unknown = ApiEvent.load("hot-lists-create").bodyJson();
        unknown.put("sendTo", "everyone@example.com");
        assertProblem(
                exchange(ApiEvent.load("hot-lists-create")
                        .token(recruiter)
                        .withoutHeader("idempotency-key")
                        .body(unknown)),
                400,
                "invalid-body");
        ObjectNode badCap = ApiEvent.load("settings-marketing-put").bodyJson();
        badCap.put("dailySendCap", -1).put("fromAddress", "not an address");
        ApiResponse cap =
                exchange(ApiEvent.load("settings-marketing-put").token(owner).body(badCap));
        assertProblem(cap, 422, "validation");
        assertThat(cap.body().path("errors").findValuesAsText("pointer"))
                .containsExactlyInAnyOrder("/dailySendCap", "/fromAddress");
    }

    @Test
    void anotherTenant_cannotSeeOrChangeHotListsOrPreferences() {
        String c = consultant(recruiter, "Vic Mine", "Java Developer");
        String list = createHotList(recruiter, "mine", c).id();

        assertProblem(
                exchange(ApiEvent.load("hot-lists-get").token(otherRecruiter).id(list)), 404, "not-found");
        assertProblem(
                exchange(
                        ApiEvent.load("hot-lists-preview").token(otherRecruiter).id(list)),
                404,
                "not-found");
        assertProblem(
                exchange(ApiEvent.load("hot-lists-patch").token(otherRecruiter).id(list)), 404, "not-found");
        assertProblem(
                exchange(ApiEvent.load("hot-lists-delete").token(otherRecruiter).id(list)), 404, "not-found");
        assertThat(exchange(ApiEvent.load("hot-lists-list").token(otherRecruiter))
                        .body()
                        .path("items")
                        .findValuesAsText("id"))
                .doesNotContain(list);
        assertProblem(
                exchange(ApiEvent.load("consultants-marketing-put")
                        .token(otherRecruiter)
                        .id(c)),
                404,
                "not-found");
        assertProblem(
                exchange(ApiEvent.load("consultants-marketing-get")
                        .token(otherRecruiter)
                        .id(c)),
                404,
                "not-found");
        assertThat(exchange(ApiEvent.load("hot-lists-get").token(recruiter).id(list))
                        .status())
                .isEqualTo(200);
    }
}

package com.benchcrm.function.httpapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.auth.jwt.JwtTokenVerifier;
import com.benchcrm.function.httpapi.http.Router;
import com.benchcrm.security.Permission;
import com.benchcrm.security.PermissionMatrix;
import com.benchcrm.security.Role;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document against the function: real requests through the Lambda entry point (the
 * sample events of {@code events/http-api/}), each response checked against the document (status,
 * media type, body schema, headers), the routes the function registers against the documented
 * operations, and the document's own examples and references.
 */
class OpenApiContractIT {

    static final OpenApiDocument DOC = OpenApiDocument.load();

    static ApiTestStack stack;
    static ApiTestStack.TestTenant tenant;
    static String recruiter;

    @BeforeAll
    static void setUp() {
        stack = ApiTestStack.get();
        tenant = stack.newTenant("openapi");
        recruiter = stack.token(tenant, Role.Recruiter);
    }

    // ------------------------------------------------------------------------- public routes

    @Test
    void health_databaseAnswers_is200UpAsDocumented() {
        ApiResponse r = exchange(ApiEvent.load("health"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().path("status").asText()).isEqualTo("UP");
    }

    @Test
    void openApiYaml_withoutToken_servesThisVeryDocumentAsYaml() {
        ApiResponse r = exchange(ApiEvent.load("health").path("/openapi.yaml"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("content-type")).isEqualTo("application/yaml");
        assertThat(r.rawBody()).isEqualTo(DOC.text());
    }

    // ---------------------------------------------------------------------------- consultants

    @Test
    void consultantLifecycle_createReplayListGetPutPatchDelete_everyResponseAsDocumented() {
        ObjectNode body = ApiEvent.load("consultants-create").bodyJson();
        body.put("externalId", "oa-life-1").put("email", "oa.life1@example.com");
        ApiResponse created = exchange(ApiEvent.load("consultants-create")
                .token(recruiter)
                .header("idempotency-key", "oa-life-1")
                .body(body));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("location")).isEqualTo("/v1/consultants/" + created.id());
        String id = created.id();

        ApiResponse replayed = exchange(ApiEvent.load("consultants-create")
                .token(recruiter)
                .header("idempotency-key", "oa-life-1")
                .body(body));
        assertThat(replayed.status()).isEqualTo(201);
        assertThat(replayed.header("idempotency-replayed")).isEqualTo("true");

        ObjectNode second = ApiEvent.load("consultants-create").bodyJson();
        second.put("externalId", "oa-life-2")
                .put("email", "oa.life2@example.com")
                .remove(List.of("phone", "rate", "location"));
        exchange(ApiEvent.load("consultants-create")
                .token(recruiter)
                .withoutHeader("idempotency-key")
                .body(second));

        ApiResponse firstPage =
                exchange(ApiEvent.load("consultants-list").token(recruiter).query("limit", "1"));
        assertThat(firstPage.status()).isEqualTo(200);
        assertThat(firstPage.body().path("items")).hasSize(1);
        assertThat(firstPage.body().has("nextCursor")).isTrue();
        ApiResponse nextPage = exchange(ApiEvent.load("consultants-list")
                .token(recruiter)
                .query("limit", "1")
                .query("cursor", firstPage.body().path("nextCursor").asText()));
        assertThat(nextPage.status()).isEqualTo(200);
        assertThat(exchange(ApiEvent.load("consultants-list").token(recruiter).noQuery())
                        .status())
                .isEqualTo(200);

        ApiResponse got =
                exchange(ApiEvent.load("consultants-get").token(recruiter).id(id));
        assertThat(got.status()).isEqualTo(200);
        ApiResponse notModified = exchange(
                ApiEvent.load("consultants-get").token(recruiter).id(id).header("if-none-match", got.header("etag")));
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.rawBody()).isEmpty();

        ObjectNode replacement = ApiEvent.load("consultants-replace").bodyJson();
        replacement
                .put("externalId", "oa-life-1")
                .put("email", "oa.life1@example.com")
                .put("yearsExperience", 10.5);
        ApiResponse replaced = exchange(ApiEvent.load("consultants-replace")
                .token(recruiter)
                .id(id)
                .header("if-match", got.header("etag"))
                .body(replacement));
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.header("etag")).isEqualTo("\"2\"");

        ApiResponse mergePatched = exchange(ApiEvent.load("consultants-patch")
                .token(recruiter)
                .id(id)
                .header("if-match", "\"2\"")
                .body("{\"phone\": null, \"rate\": {\"employmentType\": \"1099\"}}"));
        assertThat(mergePatched.status()).isEqualTo(200);
        assertThat(mergePatched.body().has("phone")).isFalse();
        assertThat(mergePatched.body().path("rate").path("employmentType").asText())
                .isEqualTo("1099");

        ApiResponse jsonPatched = exchange(ApiEvent.load("consultants-patch")
                .token(recruiter)
                .id(id)
                .withoutHeader("if-match")
                .header("content-type", "application/json")
                .body("{\"skills\": []}"));
        assertThat(jsonPatched.status()).isEqualTo(200);
        assertThat(jsonPatched.body().path("skills")).isEmpty();

        ApiResponse deleted = exchange(ApiEvent.load("consultants-delete")
                .token(recruiter)
                .id(id)
                .header("if-match", jsonPatched.header("etag")));
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.rawBody()).isEmpty();
        assertProblem(exchange(ApiEvent.load("consultants-get").token(recruiter).id(id)), 404, "not-found");
    }

    @Test
    void createConsultant_onlyTheRequiredField_isEchoedWithoutAbsentFields() {
        ApiResponse r = exchange(ApiEvent.load("consultants-create")
                .token(recruiter)
                .withoutHeader("idempotency-key")
                .body("{\"fullName\": \"  Minimal Example  \"}"));

        assertThat(r.status()).isEqualTo(201);
        assertThat(fieldNames(r.body()))
                .containsExactly("id", "fullName", "skills", "version", "createdAt", "updatedAt");
        assertThat(r.body().path("fullName").asText()).isEqualTo("Minimal Example");
    }

    // --------------------------------------------------------------------------- requirements

    @Test
    void requirementLifecycle_createListGetPutPatchDelete_everyResponseAsDocumented() {
        ObjectNode body = ApiEvent.load("requirements-create").bodyJson();
        body.put("externalRef", "OA-REQ-1");
        ApiResponse created = exchange(ApiEvent.load("requirements-create")
                .token(recruiter)
                .header("idempotency-key", "oa-req-1")
                .body(body));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().path("status").asText()).isEqualTo("OPEN");
        String id = created.id();

        ApiResponse listed = exchange(ApiEvent.load("requirements-list").token(recruiter));
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body().path("items").findValuesAsText("id")).contains(id);

        ApiResponse got =
                exchange(ApiEvent.load("requirements-get").token(recruiter).id(id));
        assertThat(got.status()).isEqualTo(200);
        assertThat(exchange(ApiEvent.load("requirements-get")
                                .token(recruiter)
                                .id(id)
                                .header("if-none-match", "W/" + got.header("etag")))
                        .status())
                .isEqualTo(304);

        ObjectNode replacement = ApiEvent.load("requirements-create").bodyJson();
        replacement.put("externalRef", "OA-REQ-1").put("status", "FILLED").put("minYears", 7.5);
        replacement.remove(List.of("budget", "skills"));
        ApiResponse replaced = exchange(ApiEvent.load("requirements-get")
                .method("PUT")
                .token(recruiter)
                .id(id)
                .header("content-type", "application/json")
                .header("if-match", "*")
                .body(replacement));
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.body().path("skills")).isEmpty();
        assertThat(replaced.body().has("budget")).isFalse();

        ApiResponse patched = exchange(ApiEvent.load("requirements-patch")
                .token(recruiter)
                .id(id)
                .header("if-match", replaced.header("etag")));
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.body().path("status").asText()).isEqualTo("ON_HOLD");

        ApiResponse deleted =
                exchange(ApiEvent.load("requirements-delete").token(recruiter).id(id));
        assertThat(deleted.status()).isEqualTo(204);
    }

    // ---------------------------------------------------------------------------------- audit

    @Test
    void auditLogs_afterChangesFilteredAndPaged_entriesAsDocumented() {
        ApiTestStack.TestTenant own = stack.newTenant("oa-audit");
        String writer = stack.token(own, Role.Recruiter);
        String admin = stack.token(own, Role.Admin);
        Instant before = Instant.now().minus(1, ChronoUnit.MINUTES);
        String id = exchange(ApiEvent.load("consultants-create").token(writer).withoutHeader("idempotency-key"))
                .id();
        exchange(ApiEvent.load("consultants-patch").token(writer).id(id).withoutHeader("if-match"));
        exchange(ApiEvent.load("consultants-delete").token(writer).id(id).withoutHeader("if-match"));

        ApiResponse page = exchange(ApiEvent.load("audit-logs")
                .token(admin)
                .query("limit", "2")
                .query("from", before.toString())
                .query("to", Instant.now().plus(1, ChronoUnit.MINUTES).toString()));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().path("items").findValuesAsText("action"))
                .containsExactly("consultant.deleted", "consultant.updated");
        assertThat(page.body().has("nextCursor")).isTrue();

        ApiResponse last = exchange(ApiEvent.load("audit-logs")
                .token(admin)
                .query("limit", "2")
                .query("cursor", page.body().path("nextCursor").asText()));
        assertThat(last.body().path("items").findValuesAsText("action")).containsExactly("consultant.created");
        assertThat(last.body().has("nextCursor")).isFalse();
        assertThat(last.body().path("items").get(0).has("beforeHash")).isFalse();
    }

    // ------------------------------------------------------------------------------- problems

    @Test
    void protectedRoute_withoutOrWithAForgedToken_is401WithBearerChallenge() {
        ApiResponse none = exchange(ApiEvent.load("consultants-list").noToken());
        ApiResponse forged = exchange(ApiEvent.load("audit-logs").token("not.a.jwt"));

        assertProblem(none, 401, "unauthenticated");
        assertThat(none.header("www-authenticate")).startsWith("Bearer ");
        assertProblem(forged, 401, "unauthenticated");
    }

    @Test
    void write_withARoleWithoutThePermission_is403() {
        String readOnly = stack.token(tenant, Role.ReadOnly);

        assertProblem(
                exchange(ApiEvent.load("consultants-create").token(readOnly).withoutHeader("idempotency-key")),
                403,
                "forbidden");
        assertProblem(exchange(ApiEvent.load("audit-logs").token(recruiter)), 403, "forbidden");
    }

    @Test
    void get_unknownOrMalformedIdOrUnroutedPath_is404() {
        assertProblem(
                exchange(ApiEvent.load("requirements-get").token(recruiter).id(UUID.randomUUID())), 404, "not-found");
        assertProblem(
                exchange(ApiEvent.load("consultants-delete").token(recruiter).id("not-a-uuid")), 404, "not-found");
        ApiResponse unrouted =
                exchange(ApiEvent.load("consultants-list").token(recruiter).path("/v1/consultans"));
        assertProblem(unrouted, 404, "not-found");
        assertThat(unrouted.body().path("detail").asText()).contains("no route");
    }

    @Test
    void knownPath_withAnotherMethod_is405WithAllow() {
        ApiResponse collection =
                exchange(ApiEvent.load("consultants-list").noToken().method("DELETE"));
        ApiResponse health = exchange(ApiEvent.load("health").method("POST"));

        assertProblem(collection, 405, "method-not-allowed");
        assertThat(collection.header("allow")).isEqualTo("POST, GET");
        assertProblem(health, 405, "method-not-allowed");
        assertThat(health.header("allow")).isEqualTo("GET");
    }

    @Test
    void writes_thatCollide_are409DuplicateOrKeyReused() {
        ObjectNode first = ApiEvent.load("requirements-create").bodyJson();
        first.put("externalRef", "OA-DUP-1");
        exchange(ApiEvent.load("requirements-create")
                .token(recruiter)
                .header("idempotency-key", "oa-dup-1")
                .body(first));
        ObjectNode other = ApiEvent.load("requirements-create").bodyJson();
        other.put("externalRef", "OA-DUP-2");
        String otherId = exchange(ApiEvent.load("requirements-create")
                        .token(recruiter)
                        .withoutHeader("idempotency-key")
                        .body(other))
                .id();

        assertProblem(
                exchange(ApiEvent.load("requirements-create")
                        .token(recruiter)
                        .withoutHeader("idempotency-key")
                        .body(first)),
                409,
                "duplicate");
        assertProblem(
                exchange(ApiEvent.load("requirements-create")
                        .token(recruiter)
                        .header("idempotency-key", "oa-dup-1")
                        .body(other)),
                409,
                "idempotency-key-reused");
        assertProblem(
                exchange(ApiEvent.load("requirements-patch")
                        .token(recruiter)
                        .id(otherId)
                        .body("{\"externalRef\": \"OA-DUP-1\"}")),
                409,
                "duplicate");
    }

    @Test
    void write_withAStaleOrUnusableIfMatch_is412() {
        String id = exchange(ApiEvent.load("consultants-create")
                        .token(recruiter)
                        .withoutHeader("idempotency-key")
                        .body("{\"fullName\": \"Stale Example\"}"))
                .id();

        ApiResponse stale = exchange(
                ApiEvent.load("consultants-patch").token(recruiter).id(id).header("if-match", "\"7\""));
        ApiResponse weak = exchange(
                ApiEvent.load("consultants-delete").token(recruiter).id(id).header("if-match", "W/\"1\""));

        assertProblem(stale, 412, "precondition-failed");
        assertThat(stale.header("etag")).isEqualTo("\"1\"");
        assertProblem(weak, 412, "precondition-failed");
        assertThat(weak.header("etag")).isNull();
    }

    @Test
    void anyRoute_withABodyOverTheLimit_is413BeforeAuthentication() {
        String huge = "{\"fullName\": \"" + "x".repeat(1_048_576) + "\"}";

        assertProblem(exchange(ApiEvent.load("consultants-create").noToken().body(huge)), 413, "payload-too-large");
        assertProblem(exchange(ApiEvent.load("health").body(huge)), 413, "payload-too-large");
    }

    @Test
    void write_withAnotherMediaType_is415() {
        assertProblem(
                exchange(ApiEvent.load("consultants-create")
                        .token(recruiter)
                        .withoutHeader("idempotency-key")
                        .header("content-type", "text/plain")),
                415,
                "unsupported-media-type");
        assertProblem(
                exchange(ApiEvent.load("requirements-patch")
                        .token(recruiter)
                        .id(UUID.randomUUID())
                        .withoutHeader("content-type")),
                415,
                "unsupported-media-type");
    }

    @Test
    void create_bodyBreakingRules_is422ListingEveryField_andTheDocumentRejectsItToo() {
        ObjectNode body = ApiEvent.load("consultants-create").bodyJson();
        body.put("fullName", "  ").put("yearsExperience", 71);
        ((ObjectNode) body.path("rate")).put("currency", "usd");
        ((ObjectNode) body.path("location")).put("country", "USA");

        ApiResponse r = exchange(ApiEvent.load("consultants-create")
                .token(recruiter)
                .withoutHeader("idempotency-key")
                .body(body));

        assertProblem(r, 422, "validation");
        assertThat(r.body().path("errors").findValuesAsText("pointer"))
                .containsExactlyInAnyOrder("/fullName", "/yearsExperience", "/rate/currency", "/location/country");
        assertThat(DOC.checkRequestBody("POST", "/v1/consultants", "application/json", body))
                .anySatisfy(m -> assertThat(m).contains("/fullName"))
                .anySatisfy(m -> assertThat(m).contains("/yearsExperience"))
                .anySatisfy(m -> assertThat(m).contains("/rate/currency"))
                .anySatisfy(m -> assertThat(m).contains("/location/country"));
    }

    @Test
    void requests_malformedBodyOrParameter_are400_andTheDocumentRejectsTheUnknownFieldToo() {
        ApiResponse malformed = exchange(ApiEvent.load("consultants-create")
                .token(recruiter)
                .withoutHeader("idempotency-key")
                .body("{\"fullName\": "));
        ApiResponse unknownField = exchange(ApiEvent.load("requirements-create")
                .token(recruiter)
                .withoutHeader("idempotency-key")
                .body("{\"title\": \"T\", \"salary\": 1}"));
        ApiResponse badKey =
                exchange(ApiEvent.load("consultants-create").token(recruiter).header("idempotency-key", "has space"));
        ApiResponse badLimit =
                exchange(ApiEvent.load("requirements-list").token(recruiter).query("limit", "201"));
        ApiResponse foreignCursor = exchange(ApiEvent.load("consultants-list")
                .token(recruiter)
                .query("cursor", "djE6cmVxdWlyZW1lbnQ6MDE5M2Y3YTItNWIzYy03ZDRlLThmNjAtMTIzNDU2Nzg5YWJj"));
        ApiResponse badRange = exchange(ApiEvent.load("audit-logs")
                .token(stack.token(tenant, Role.Analyst))
                .query("from", "2026-02-01T00:00:00Z")
                .query("to", "2026-01-01T00:00:00Z"));

        assertProblem(malformed, 400, "malformed-json");
        assertProblem(unknownField, 400, "invalid-body");
        assertThat(unknownField.body().path("errors").findValuesAsText("pointer"))
                .containsExactly("/salary");
        assertThat(DOC.checkRequestBody(
                        "POST", "/v1/requirements", "application/json", readJson("{\"title\": \"T\", \"salary\": 1}")))
                .singleElement()
                .asString()
                .contains("salary");
        assertProblem(badKey, 400, "invalid-request");
        assertProblem(badLimit, 400, "invalid-request");
        assertProblem(foreignCursor, 400, "invalid-request");
        assertThat(foreignCursor.body().path("errors").findValuesAsText("pointer"))
                .containsExactly("cursor");
        assertProblem(badRange, 400, "invalid-request");
    }

    // ------------------------------------------------------------------- routes vs. document

    @Test
    void registeredRoutes_comparedWithDocumentedOperations_matchExactlyBothWays() {
        List<String> routeKeys = components().api().routeKeys();
        Set<String> registered = new TreeSet<>(routeKeys);
        Set<String> documented = DOC.operationKeys();

        assertThat(difference(registered, documented))
                .as("registered but not documented")
                .isEmpty();
        assertThat(difference(documented, registered))
                .as("documented but not registered")
                .isEmpty();
        assertThat(registered).as("no route is registered twice").hasSize(routeKeys.size());
    }

    @Test
    void routeSecurity_comparedWithTheDocument_publicRoutesHaveNoSecurityAndProtectedOnesDeclare401And403() {
        List<String> mismatches = new ArrayList<>();
        for (Router.Route route : components().api().router().routes()) {
            String key = route.method() + " " + route.template();
            JsonNode op = DOC.operation(route.method(), route.template()).orElse(null);
            if (op == null) {
                mismatches.add(key + ": registered but not documented");
                continue;
            }
            boolean documentedPublic = op.has("security") && op.get("security").isEmpty();
            if (documentedPublic != route.isPublic()) {
                mismatches.add(
                        key + ": public in the router " + route.isPublic() + ", in the document " + documentedPublic);
            }
            if (!route.isPublic()
                    && !(op.path("responses").has("401") && op.path("responses").has("403"))) {
                mismatches.add(key + ": protected but does not declare 401 and 403");
            }
            if (route.isPublic()
                    && (op.path("responses").has("401") || op.path("responses").has("403"))) {
                mismatches.add(key + ": public but declares 401 or 403");
            }
            if (!op.path("responses").has("413")) {
                mismatches.add(key + ": the body limit applies to every route, but 413 is not declared");
            }
        }
        assertThat(DOC.root().path("security").findValues("bearerAuth")).hasSize(1);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void documentedRoles_comparedWithPermissionMatrix_matchForEveryOperation() {
        List<String> mismatches = new ArrayList<>();
        for (String key : DOC.operationKeys()) {
            String[] parts = key.split(" ", 2);
            JsonNode op = DOC.operation(parts[0], parts[1]).orElseThrow();
            if (!op.has("x-permission")) {
                if (!op.path("security").isEmpty() || !op.has("security")) {
                    mismatches.add(key + ": protected but has no x-permission");
                }
                continue;
            }
            Permission permission = Permission.valueOf(
                    op.get("x-permission").asText().replace(':', '_').toUpperCase(Locale.ROOT));
            Set<String> granted = Arrays.stream(Role.values())
                    .filter(role -> PermissionMatrix.allows(List.of(role), permission))
                    .map(Role::name)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> documented = new TreeSet<>();
            op.path("x-roles").forEach(r -> documented.add(r.asText()));
            if (!granted.equals(documented)) {
                mismatches.add(
                        key + ": " + permission + " is granted to " + granted + ", the document says " + documented);
            }
        }
        assertThat(mismatches).isEmpty();
    }

    // -------------------------------------------------------------- the document on its own

    @Test
    void documentExamples_validatedAgainstTheirSchemas_allConform() {
        List<String> problems = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        collectExampleProblems("", DOC.root(), problems, checked);

        assertThat(checked).as("examples found").hasSizeGreaterThan(30);
        assertThat(problems).isEmpty();
    }

    @Test
    void documentRefs_everyOne_resolvesWithinTheDocument() {
        List<String> broken = new ArrayList<>();
        collectBrokenRefs("", DOC.root(), broken);

        assertThat(broken).isEmpty();
    }

    // --------------------------------------------------------- the validator catches drift

    @Test
    void validator_consultantWithAnUndocumentedField_reportsTheField() {
        ObjectNode consultant = documentedConsultant();
        assertThat(DOC.checkResponse("GET", "/v1/consultants/{id}", 200, "application/json", consultant))
                .isEmpty();

        consultant.put("salary", 120000);

        assertThat(DOC.checkResponse("GET", "/v1/consultants/{id}", 200, "application/json", consultant))
                .singleElement()
                .asString()
                .contains("salary")
                .contains("additional properties");
    }

    @Test
    void validator_consultantWithoutARequiredFieldOrWithANull_reportsTheField() {
        ObjectNode missingVersion = documentedConsultant();
        missingVersion.remove("version");
        ObjectNode nullPhone = documentedConsultant();
        nullPhone.putNull("phone");
        ObjectNode nestedMissing = documentedConsultant();
        ((ObjectNode) nestedMissing.path("skills").get(1)).remove("primary");

        assertThat(DOC.checkResponse("PUT", "/v1/consultants/{id}", 200, "application/json", missingVersion))
                .singleElement()
                .asString()
                .contains("version")
                .contains("required");
        assertThat(DOC.checkResponse("PATCH", "/v1/consultants/{id}", 200, "application/json", nullPhone))
                .anySatisfy(m -> assertThat(m).contains("/phone").contains("null"));
        assertThat(DOC.checkResponse("POST", "/v1/consultants", 201, "application/json", nestedMissing))
                .singleElement()
                .asString()
                .contains("/skills/1")
                .contains("primary");
    }

    @Test
    void validator_undocumentedOperationStatusOrMediaType_fails() {
        JsonNode consultant = documentedConsultant();

        assertThat(DOC.checkResponse("GET", "/v1/consultants/{id}", 201, "application/json", consultant))
                .singleElement()
                .asString()
                .contains("status 201 is not documented");
        assertThat(DOC.checkResponse("GET", "/v1/consultants/{id}", 200, "text/html", consultant))
                .singleElement()
                .asString()
                .contains("media type text/html is not documented");
        assertThat(DOC.checkResponse("GET", "/v1/consultants/{id}", 200, null, consultant))
                .singleElement()
                .asString()
                .contains("no Content-Type");
        assertThat(DOC.checkResponse("DELETE", "/health", 204, null, null))
                .singleElement()
                .asString()
                .contains("DELETE is not an operation of this path");
        assertThat(DOC.checkResponse("GET", "/v1/vendors", 200, "application/json", consultant))
                .singleElement()
                .asString()
                .contains("path /v1/vendors is not documented");
        assertThat(DOC.checkResponse("DELETE", "/v1/consultants/{id}", 204, "application/json", consultant))
                .anySatisfy(m -> assertThat(m).contains("documents no body"));
    }

    @Test
    void validator_missingRequiredOrUndocumentedHeader_fails() {
        String body = documentedConsultant().toString();
        Map<String, String> headers = Map.of(
                "content-type",
                "application/json",
                "etag",
                "\"1\"",
                "x-trace-id",
                "1-abc",
                "cache-control",
                "no-store",
                "x-powered-by",
                "benchcrm");

        assertThat(DOC.checkHttpResponse("POST", "/v1/consultants", 201, headers, body))
                .anySatisfy(m -> assertThat(m).contains("required header Location is missing"))
                .anySatisfy(m -> assertThat(m).contains("header x-powered-by is not documented"));
        assertThat(DOC.checkHttpResponse(
                        "GET",
                        "/v1/consultants/{id}",
                        200,
                        Map.of(
                                "content-type",
                                "application/json",
                                "etag",
                                "W/\"1\"",
                                "x-trace-id",
                                "1-abc",
                                "cache-control",
                                "no-store"),
                        body))
                .singleElement()
                .asString()
                .contains("header ETag");
    }

    // -------------------------------------------------------------------------------- helpers

    /**
     * Invokes the function and checks the response against the document; for a successful write
     * also checks that the request body the server accepted conforms to the documented request body.
     */
    private static ApiResponse exchange(ApiEvent event) {
        ApiResponse r = stack.invoke(event);
        JsonNode e = readEvent(event);
        String method = e.path("requestContext").path("http").path("method").asText();
        String template = DOC.pathTemplateOf(e.path("rawPath").asText()).orElse(null);
        DOC.assertHttpResponse(method, template, r.status(), r.headers(), r.rawBody());
        if (r.status() / 100 == 2
                && e.hasNonNull("body")
                && template != null
                && DOC.operation(method, template).isPresent()
                && DOC.operation(method, template).get().has("requestBody")) {
            JsonNode requestBody = readJson(e.path("body").asText());
            String contentType = e.path("headers").path("content-type").asText(null);
            assertThat(DOC.checkRequestBody(method, template, contentType, requestBody))
                    .as("the server accepted a request body the document refuses")
                    .isEmpty();
        }
        return r;
    }

    private static void assertProblem(ApiResponse r, int status, String slug) {
        assertThat(r.status()).as(r.rawBody()).isEqualTo(status);
        assertThat(r.header("content-type")).isEqualTo("application/problem+json");
        assertThat(r.problemType()).isEqualTo(slug);
        assertThat(r.body().path("traceId").asText()).isEqualTo(r.header("x-trace-id"));
    }

    private static HttpApiComponents components() {
        // ApiTestStack has put the function's environment into the system properties
        HttpApiConfig config = HttpApiConfig.from(System::getProperty);
        return HttpApiComponents.create(config, stack.ownerSql(), JwtTokenVerifier.create(config.jwt()));
    }

    private static ObjectNode documentedConsultant() {
        return DOC.resolve("/components/examples/Consultant")
                .node()
                .path("value")
                .deepCopy();
    }

    /** Media-type examples and schema {@code examples} arrays, each against its schema. */
    private static void collectExampleProblems(
            String pointer, JsonNode node, List<String> problems, List<String> checked) {
        if (node.isObject()) {
            if (node.has("schema")
                    && (node.has("example") || node.path("examples").isObject())) {
                List<JsonNode> values = new ArrayList<>();
                if (node.has("example")) {
                    values.add(node.get("example"));
                }
                node.path("examples")
                        .fields()
                        .forEachRemaining(x -> values.add(DOC.resolve(pointer + "/examples/" + escape(x.getKey()))
                                .node()
                                .path("value")));
                for (JsonNode value : values) {
                    checked.add(pointer);
                    problems.addAll(DOC.validate(pointer + "/schema", value).stream()
                            .map(m -> pointer + ": " + m)
                            .toList());
                }
            }
            if (node.path("examples").isArray()) {
                for (JsonNode value : node.get("examples")) {
                    checked.add(pointer);
                    problems.addAll(DOC.validate(pointer, value).stream()
                            .map(m -> pointer + ": " + m)
                            .toList());
                }
            }
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (!f.getKey().equals("examples") && !f.getKey().equals("example")) {
                    collectExampleProblems(pointer + "/" + escape(f.getKey()), f.getValue(), problems, checked);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectExampleProblems(pointer + "/" + i, node.get(i), problems, checked);
            }
        }
    }

    private static void collectBrokenRefs(String pointer, JsonNode node, List<String> broken) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null
                    && (!ref.asText().startsWith("#/")
                            || DOC.root().at(ref.asText().substring(1)).isMissingNode())) {
                broken.add(pointer + " -> " + ref.asText());
            }
            node.fields()
                    .forEachRemaining(f -> collectBrokenRefs(pointer + "/" + escape(f.getKey()), f.getValue(), broken));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectBrokenRefs(pointer + "/" + i, node.get(i), broken);
            }
        }
    }

    private static JsonNode readEvent(ApiEvent event) {
        try {
            return ApiEvent.JSON.readTree(event.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readJson(String text) {
        try {
            return ApiEvent.JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}

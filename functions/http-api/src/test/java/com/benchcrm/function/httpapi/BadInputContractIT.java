package com.benchcrm.function.httpapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.security.Role;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every kind of bad input gets a precise 4xx problem, never a 500, and nothing is written. Each
 * test counts the tenant's consultants before and after.
 */
class BadInputContractIT {

    static ApiTestStack stack;
    static String token;

    @BeforeAll
    static void setUp() {
        stack = ApiTestStack.get();
        token = stack.token(stack.newTenant("bad"), Role.Admin);
    }

    @Test
    void malformedJson_is400MalformedJson() {
        assertRefused(create().body("{\"fullName\": \"A\","), 400, "malformed-json");
        assertRefused(create().body(""), 400, "malformed-json");
        assertRefused(create().body("[1,2]"), 400, "invalid-body");
        assertRefused(create().body("[{\"fullName\": \"A\"}, {\"fullName\": \"B\"}]"), 400, "invalid-body");
        assertRefused(create().body("\"just a string\""), 400, "invalid-body");
        assertRefused(create().body("{\"fullName\":\"A\"} trailing"), 400, "malformed-json");
    }

    @Test
    void wrongTypes_are400_withAPointerToTheField() {
        ObjectNode body = create().bodyJson();
        body.put("yearsExperience", "nine");
        ApiResponse r = assertRefused(create().body(body), 400, "invalid-body");
        assertThat(r.body().path("errors").get(0).path("pointer").asText()).isEqualTo("/yearsExperience");

        ObjectNode nested = create().bodyJson();
        ((ObjectNode) nested.path("rate")).put("amount", true);
        ApiResponse r2 = assertRefused(create().body(nested), 400, "invalid-body");
        assertThat(r2.body().path("errors").get(0).path("pointer").asText()).isEqualTo("/rate/amount");

        ObjectNode badEnum = create().bodyJson();
        badEnum.put("workAuthorization", "ALIEN");
        ApiResponse r3 = assertRefused(create().body(badEnum), 400, "invalid-body");
        assertThat(r3.body().path("errors").get(0).path("detail").asText()).contains("H1B");

        ObjectNode badDate = create().bodyJson();
        ((ObjectNode) badDate.path("availability")).put("availableFrom", "next week");
        assertRefused(create().body(badDate), 400, "invalid-body");
    }

    @Test
    void unknownFields_are400() {
        ObjectNode body = create().bodyJson();
        ((ObjectNode) body.path("location")).put("zip", "75001");
        ApiResponse r = assertRefused(create().body(body), 400, "invalid-body");
        assertThat(r.body().path("errors").get(0).path("pointer").asText()).isEqualTo("/location/zip");
    }

    @Test
    void ruleViolations_are422_listingEveryField() {
        ObjectNode body = create().bodyJson();
        body.remove("fullName");
        body.put("email", "not-an-email");
        ((ObjectNode) body.path("rate")).put("currency", "usd");
        ApiResponse r = assertRefused(create().body(body), 422, "validation");
        assertThat(r.body().path("errors").findValuesAsText("pointer"))
                .containsExactlyInAnyOrder("/fullName", "/email", "/rate/currency");
    }

    @Test
    void yearsWithMoreThanOneDecimal_are422_notSilentlyRounded() {
        ObjectNode body = create().bodyJson();
        body.put("yearsExperience", new java.math.BigDecimal("5.25"));
        ApiResponse r = assertRefused(create().body(body), 422, "validation");
        assertThat(r.body().path("errors").get(0).path("pointer").asText()).isEqualTo("/yearsExperience");
    }

    @Test
    void minimalRequirement_withoutOptionalLists_isCreated() {
        ApiResponse r = stack.invoke(ApiEvent.load("requirements-create")
                .token(token)
                .withoutHeader("idempotency-key")
                .body("{\"title\": \"Java Developer\"}"));
        assertThat(r.status()).as(r.rawBody()).isEqualTo(201);
        assertThat(r.body().path("workAuthorizations")).isEmpty();
        assertThat(r.body().path("status").asText()).isEqualTo("OPEN");
        ApiResponse cleared = stack.invoke(
                ApiEvent.load("requirements-patch").token(token).id(r.id()).body("{\"workAuthorizations\": null}"));
        assertThat(cleared.status()).as(cleared.rawBody()).isEqualTo(200);
    }

    @Test
    void duplicateSkills_are422() {
        ObjectNode body = create().bodyJson();
        ((com.fasterxml.jackson.databind.node.ArrayNode) body.path("skills"))
                .addObject()
                .put("name", " java ");
        ApiResponse r = assertRefused(create().body(body), 422, "validation");
        assertThat(r.body().path("errors").get(0).path("pointer").asText()).isEqualTo("/skills/4/name");
    }

    @Test
    void bodyOver1MiB_is413() {
        byte[] big = new byte[1_048_577];
        Arrays.fill(big, (byte) 'a');
        String body = "{\"fullName\":\"" + new String(big, StandardCharsets.US_ASCII) + "\"}";
        assertRefused(create().body(body), 413, "payload-too-large");
    }

    @Test
    void wrongMediaType_is415() {
        assertRefused(create().header("content-type", "text/plain"), 415, "unsupported-media-type");
        ApiResponse noType = stack.invoke(create().withoutHeader("content-type"));
        assertThat(noType.status()).isEqualTo(415);
    }

    @Test
    void invalidCursorOrLimit_is400_naming_theParameter() {
        long before = count();
        ApiResponse cursor =
                stack.invoke(ApiEvent.load("consultants-list").token(token).query("cursor", "bm90LWEtY3Vyc29y"));
        assertThat(cursor.status()).isEqualTo(400);
        assertThat(cursor.problemType()).isEqualTo("invalid-request");
        assertThat(cursor.body().path("errors").get(0).path("pointer").asText()).isEqualTo("cursor");
        String requirementsCursor = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("v1:requirement:0193f7a2-5b3c-7d4e-8f60-123456789abc".getBytes(StandardCharsets.UTF_8));
        assertThat(stack.invoke(ApiEvent.load("consultants-list").token(token).query("cursor", requirementsCursor))
                        .status())
                .isEqualTo(400);
        for (String limit : new String[] {"0", "201", "ten", "-1"}) {
            assertThat(stack.invoke(ApiEvent.load("consultants-list")
                                    .token(token)
                                    .query("limit", limit))
                            .status())
                    .as(limit)
                    .isEqualTo(400);
        }
        assertThat(count()).isEqualTo(before);
    }

    /** What API Gateway passes for {@code ?cursor=%%%x}: the raw query, and the value it could not decode, as sent. */
    @Test
    void undecodableQueryString_is400ProblemJson() {
        for (String raw : new String[] {"cursor=%%%x", "limit=%zz", "q%=1&cursor=%E0%A4%A"}) {
            ApiEvent event = ApiEvent.load("consultants-list").token(token).noQuery();
            event.rawQuery(raw);
            for (String pair : raw.split("&")) {
                event.query(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }

            ApiResponse r = stack.invoke(event);

            assertThat(r.status()).as(raw).isEqualTo(400);
            assertThat(r.header("content-type")).as(raw).startsWith("application/problem+json");
            assertThat(r.body().path("type").asText())
                    .as(raw)
                    .isEqualTo("https://benchcrm.dev/problems/invalid-request");
            assertThat(r.body().path("detail").asText()).as(raw).contains("percent");
        }
    }

    @Test
    void unknownRoute_is404_wrongMethod_is405WithAllow() {
        ApiResponse missing =
                stack.invoke(ApiEvent.load("consultants-list").token(token).path("/v1/nothing-here"));
        assertThat(missing.status()).isEqualTo(404);
        ApiResponse wrong =
                stack.invoke(ApiEvent.load("consultants-list").token(token).method("DELETE"));
        assertThat(wrong.status()).isEqualTo(405);
        assertThat(wrong.header("allow")).contains("GET").contains("POST");
    }

    @Test
    void malformedIdsAndPreconditions_areClear4xx() {
        assertThat(stack.invoke(ApiEvent.load("consultants-get").token(token).path("/v1/consultants/not-a-uuid"))
                        .status())
                .isEqualTo(404);
        ApiResponse weak =
                stack.invoke(ApiEvent.load("consultants-patch").token(token).header("if-match", "W/\"1\""));
        assertThat(weak.status()).isEqualTo(412);
    }

    @Test
    void notAnHttpApiEvent_is400_notACrash() {
        ApiResponse r = stack.invoke(
                ApiEvent.load("health").path("/health").method("GET").version("1.0"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.problemType()).isEqualTo("invalid-request");
    }

    @Test
    void base64Body_isDecodedLikeApiGatewaySendsIt() {
        byte[] json = create().bodyJson()
                .put("externalId", "b64-1")
                .put("email", "b64@example.com")
                .toString()
                .getBytes(StandardCharsets.UTF_8);
        ApiResponse r = stack.invoke(create().base64Body(json));
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.body().path("email").asText()).isEqualTo("b64@example.com");
    }

    @Test
    void badIdempotencyKey_is400() {
        assertRefused(create().header("idempotency-key", "has spaces in it"), 400, "invalid-request");
    }

    private ApiEvent create() {
        return ApiEvent.load("consultants-create").token(token).withoutHeader("idempotency-key");
    }

    private ApiResponse assertRefused(ApiEvent event, int status, String problem) {
        long before = count();
        ApiResponse r = stack.invoke(event);
        assertThat(r.status())
                .as(r.rawBody().length() > 500 ? r.rawBody().substring(0, 500) : r.rawBody())
                .isEqualTo(status);
        assertThat(r.header("content-type")).isEqualTo("application/problem+json");
        assertThat(r.problemType()).isEqualTo(problem);
        assertThat(r.body().path("status").asInt()).isEqualTo(status);
        assertThat(r.body().path("traceId").asText()).isNotBlank();
        assertThat(count()).isEqualTo(before);
        return r;
    }

    private long count() {
        return stack.invoke(ApiEvent.load("consultants-list").token(token).query("limit", "200"))
                .body()
                .path("items")
                .size();
    }
}

package com.benchcrm.function.httpapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.security.Role;
import com.benchcrm.sql.SqlParams;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /v1/webhooks} through the Lambda entry point with the sample events, every response
 * checked against the OpenAPI document: the secret shown once, Owner/Admin only, SSRF refusals,
 * tenant isolation, and the delivery log.
 */
class WebhooksContractIT {

    static final OpenApiDocument DOC = OpenApiDocument.load();

    static ApiTestStack stack;
    static ApiTestStack.TestTenant tenant;
    static String admin;

    @BeforeAll
    static void setUp() {
        stack = ApiTestStack.get();
        tenant = stack.newTenant("webhooks");
        admin = stack.token(tenant, "admin-1", Role.Admin);
    }

    @Test
    void lifecycle_createListGetDeliveriesDelete_secretOnlyInTheCreateResponse() {
        ApiResponse created = exchange(ApiEvent.load("webhooks-create").token(admin));
        assertThat(created.status()).isEqualTo(201);
        String id = created.id();
        assertThat(created.header("location")).isEqualTo("/v1/webhooks/" + id);
        assertThat(created.body().path("secret").asText()).startsWith("whsec_");
        assertThat(created.body().path("createdBy").asText()).isEqualTo("admin-1");

        ApiResponse list = exchange(ApiEvent.load("webhooks-list").token(admin));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().path("items").findValuesAsText("id")).contains(id);
        assertThat(list.rawBody()).doesNotContain("whsec_");
        ApiResponse got = exchange(ApiEvent.load("webhooks-get").token(admin).id(id));
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.body().path("eventTypes"))
                .isEqualTo(ApiEvent.load("webhooks-create").bodyJson().path("eventTypes"));
        assertThat(got.body().has("secret")).isFalse();
        assertThat(exchange(ApiEvent.load("webhooks-deliveries").token(admin).id(id))
                        .body()
                        .path("items"))
                .isEmpty();

        assertThat(exchange(ApiEvent.load("webhooks-delete").token(admin).id(id))
                        .status())
                .isEqualTo(204);
        assertThat(exchange(ApiEvent.load("webhooks-get").token(admin).id(id)).status())
                .isEqualTo(404);
        assertThat(exchange(ApiEvent.load("webhooks-delete").token(admin).id(id))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void rolesOtherThanOwnerAndAdmin_areForbiddenEverywhere() {
        for (Role role : new Role[] {Role.Recruiter, Role.Sales, Role.Analyst, Role.ReadOnly}) {
            String token = stack.token(tenant, role);
            assertThat(exchange(ApiEvent.load("webhooks-create").token(token)).status())
                    .as(role.name())
                    .isEqualTo(403);
            assertThat(exchange(ApiEvent.load("webhooks-list").token(token)).status())
                    .as(role.name())
                    .isEqualTo(403);
        }
        assertThat(exchange(ApiEvent.load("webhooks-list").token(stack.token(tenant, Role.Owner)))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void destinationsThatAreNotPublicHttps_areRefusedWith422OnTheUrl() {
        for (String url : new String[] {
            "http://127.0.0.1:9000/hook",
            "https://127.0.0.1/hook",
            "https://10.0.0.8/hook",
            "https://169.254.169.254/latest/meta-data",
            "https://[::1]/hook",
            "https://192.168.1.20/hook",
            "http://203.0.113.10/hook",
            "https://user:pw@203.0.113.10/hook",
            "ftp://203.0.113.10/hook"
        }) {
            ObjectNode body = ApiEvent.load("webhooks-create").bodyJson().put("url", url);
            ApiResponse r =
                    exchange(ApiEvent.load("webhooks-create").token(admin).body(body));
            assertThat(r.status()).as(url).isEqualTo(422);
            assertThat(r.body().path("errors").findValuesAsText("pointer"))
                    .as(url)
                    .containsExactly("/url");
        }
    }

    @Test
    void badInput_unknownEventTypeUnknownFieldNoTypes_isRefused() {
        ObjectNode unknownType = ApiEvent.load("webhooks-create").bodyJson();
        unknownType.putArray("eventTypes").add("RequirementExploded");
        ApiResponse badType =
                stack.invoke(ApiEvent.load("webhooks-create").token(admin).body(unknownType));
        ObjectNode none = ApiEvent.load("webhooks-create").bodyJson();
        none.putArray("eventTypes");
        ApiResponse noTypes =
                exchange(ApiEvent.load("webhooks-create").token(admin).body(none));
        ApiResponse unknownField = exchange(ApiEvent.load("webhooks-create")
                .token(admin)
                .body(ApiEvent.load("webhooks-create").bodyJson().put("secret", "whsec_mine")));

        assertThat(badType.status()).isEqualTo(422);
        assertThat(badType.body().path("errors").findValuesAsText("pointer")).containsExactly("/eventTypes/0");
        assertThat(noTypes.status()).isEqualTo(422);
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.body().path("errors").findValuesAsText("pointer"))
                .containsExactly("/secret");
    }

    @Test
    void anotherTenant_cannotSeeReadDeleteOrReadTheLogOfAWebhook() {
        String id = exchange(ApiEvent.load("webhooks-create").token(admin)).id();
        ApiTestStack.TestTenant other = stack.newTenant("webhooks-other");
        String otherAdmin = stack.token(other, Role.Admin);

        assertThat(exchange(ApiEvent.load("webhooks-list").token(otherAdmin))
                        .body()
                        .path("items")
                        .findValuesAsText("id"))
                .doesNotContain(id);
        assertThat(exchange(ApiEvent.load("webhooks-get").token(otherAdmin).id(id))
                        .status())
                .isEqualTo(404);
        assertThat(exchange(ApiEvent.load("webhooks-deliveries")
                                .token(otherAdmin)
                                .id(id))
                        .status())
                .isEqualTo(404);
        assertThat(exchange(ApiEvent.load("webhooks-delete").token(otherAdmin).id(id))
                        .status())
                .isEqualTo(404);
        assertThat(exchange(ApiEvent.load("webhooks-get").token(admin).id(id)).status())
                .isEqualTo(200);
    }

    @Test
    void deliveries_showEachDeliveryWithItsAttempts_newestFirst_andPaginate() {
        String id = exchange(ApiEvent.load("webhooks-create").token(admin)).id();
        UUID subscription = UUID.fromString(id);
        // Deliveries as the webhook delivery function records them (its own tests drive the real thing).
        stack.ownerSql().inTenant(tenant.id(), s -> {
            SqlParams p = SqlParams.of("tenant", tenant.id().value()).and("sub", subscription);
            s.update("""
                    insert into webhook_delivery (tenant_id, id, subscription_id, event_id, event_type, body, status, attempts,
                                                  first_attempt_at, last_attempt_at, last_status_code, delivered_at, created_at)
                    values (:tenant, '0193f7a5-0707-7808-8909-0a0a0b0b0c0c', :sub, '0193f7a5-1000-7000-8000-000000000001',
                            'RequirementImported', '{}', 'SUCCEEDED', 2, now(), now(), 200, now(), now())""", p);
            s.update("""
                    insert into webhook_attempt (tenant_id, delivery_id, attempt, at, status_code, error, duration_ms) values
                    (:tenant, '0193f7a5-0707-7808-8909-0a0a0b0b0c0c', 1, now(), null, 'timed out', 10003),
                    (:tenant, '0193f7a5-0707-7808-8909-0a0a0b0b0c0c', 2, now(), 200, null, 95)""", p);
            s.update("""
                    insert into webhook_delivery (tenant_id, id, subscription_id, event_id, event_type, body, status, attempts,
                                                  next_attempt_at, last_status_code, last_error, created_at)
                    values (:tenant, '0193f7a5-0707-7808-8909-0a0a0b0b0c0d', :sub, '0193f7a5-1000-7000-8000-000000000002',
                            'RequirementUpdated', '{}', 'PENDING', 1, now() + interval '30 seconds', 503, 'HTTP 503', now())""", p);
            return null;
        });

        ApiResponse first = exchange(
                ApiEvent.load("webhooks-deliveries").token(admin).id(id).query("limit", "1"));
        ApiResponse second = exchange(ApiEvent.load("webhooks-deliveries")
                .token(admin)
                .id(id)
                .query("limit", "1")
                .query("cursor", first.body().path("nextCursor").asText()));

        JsonNode pending = first.body().path("items").get(0);
        assertThat(pending.path("status").asText()).isEqualTo("PENDING");
        assertThat(pending.has("nextAttemptAt")).isTrue();
        JsonNode done = second.body().path("items").get(0);
        assertThat(done.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(done.path("log").findValuesAsText("error")).containsExactly("timed out");
        assertThat(done.path("log").get(1).path("statusCode").asInt()).isEqualTo(200);
        assertThat(second.body().has("nextCursor")).isFalse();
        assertThat(exchange(ApiEvent.load("webhooks-deliveries")
                                .token(admin)
                                .id(id)
                                .query("cursor", "bm9wZQ"))
                        .status())
                .isEqualTo(400);
    }

    private static ApiResponse exchange(ApiEvent event) {
        ApiResponse r = stack.invoke(event);
        JsonNode e = read(event);
        String method = e.path("requestContext").path("http").path("method").asText();
        String template = DOC.pathTemplateOf(e.path("rawPath").asText()).orElseThrow();
        DOC.assertHttpResponse(method, template, r.status(), r.headers(), r.rawBody());
        return r;
    }

    private static JsonNode read(ApiEvent event) {
        try {
            return ApiEvent.JSON.readTree(event.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package com.benchcrm.function.httpapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.security.Role;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Consultant CRUD through the real Lambda entry point with API Gateway v2 events. */
class ConsultantsContractIT {

    static ApiTestStack stack;
    static ApiTestStack.TestTenant tenant;
    static String token;

    @BeforeAll
    static void setUp() {
        stack = ApiTestStack.get();
        tenant = stack.newTenant("crud");
        token = stack.token(tenant, Role.Recruiter);
    }

    @Test
    void create_validConsultant_returns201WithLocationEtagAndNormalizedBody() {
        ApiResponse r =
                stack.invoke(ApiEvent.load("consultants-create").token(token).withoutHeader("idempotency-key"));
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.header("content-type")).isEqualTo("application/json");
        assertThat(r.header("location")).isEqualTo("/v1/consultants/" + r.id());
        assertThat(r.header("etag")).isEqualTo("\"1\"");
        assertThat(r.body().path("fullName").asText()).isEqualTo("Avery Example");
        assertThat(r.body().path("skills")).hasSize(4);
        assertThat(r.body().path("skills").get(0).path("name").asText()).isEqualTo("Java");
        assertThat(r.body().path("rate").path("employmentType").asText()).isEqualTo("C2C");
        assertThat(r.body().path("version").asLong()).isEqualTo(1);
        assertThat(r.header("x-trace-id")).isEqualTo("1-67a1b2c3-0123456789abcdef01234567");
    }

    @Test
    void roundTrip_getReplacePatchDelete_followsVersionsAndPreconditions() {
        String id = create("round@example.com").id();

        ApiResponse got =
                stack.invoke(ApiEvent.load("consultants-get").token(token).id(id));
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.header("etag")).isEqualTo("\"1\"");
        assertThat(stack.invoke(ApiEvent.load("consultants-get")
                                .token(token)
                                .id(id)
                                .header("if-none-match", "\"1\""))
                        .status())
                .isEqualTo(304);

        ObjectNode replacement = ApiEvent.load("consultants-replace").bodyJson();
        replacement
                .put("externalId", "ext-round@example.com")
                .put("email", "round@example.com")
                .put("title", "Principal Engineer");
        ApiResponse replaced = stack.invoke(
                ApiEvent.load("consultants-replace").token(token).id(id).body(replacement));
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.body().path("title").asText()).isEqualTo("Principal Engineer");
        assertThat(replaced.header("etag")).isEqualTo("\"2\"");

        ApiResponse stale = stack.invoke(
                ApiEvent.load("consultants-patch").token(token).id(id).header("if-match", "\"1\""));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.header("etag")).isEqualTo("\"2\"");

        ApiResponse patched = stack.invoke(
                ApiEvent.load("consultants-patch").token(token).id(id).header("if-match", "\"2\""));
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.body().path("title").asText()).isEqualTo("Lead Java Developer");
        assertThat(patched.body().path("rate").path("amount").decimalValue()).isEqualByComparingTo("80");
        assertThat(patched.body().path("email").asText()).isEqualTo("round@example.com");
        assertThat(patched.body().path("version").asLong()).isEqualTo(3);

        ApiResponse removeField = stack.invoke(ApiEvent.load("consultants-patch")
                .token(token)
                .id(id)
                .withoutHeader("if-match")
                .body("{\"phone\": null}"));
        assertThat(removeField.status()).isEqualTo(200);
        assertThat(removeField.body().has("phone")).isFalse();

        assertThat(stack.invoke(ApiEvent.load("consultants-delete")
                                .token(token)
                                .id(id)
                                .header("if-match", "\"3\""))
                        .status())
                .isEqualTo(412);
        assertThat(stack.invoke(ApiEvent.load("consultants-delete")
                                .token(token)
                                .id(id)
                                .header("if-match", "\"4\""))
                        .status())
                .isEqualTo(204);
        ApiResponse gone =
                stack.invoke(ApiEvent.load("consultants-get").token(token).id(id));
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.header("content-type")).isEqualTo("application/problem+json");
    }

    @Test
    void list_paginatesWithAnOpaqueCursor_newestFirst_withoutGapsOrRepeats() {
        ApiTestStack.TestTenant own = stack.newTenant("pages");
        String t = stack.token(own, Role.Recruiter);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ObjectNode body = ApiEvent.load("consultants-create").bodyJson();
            body.put("externalId", "page-" + i).put("email", "page" + i + "@example.com");
            created.add(stack.invoke(ApiEvent.load("consultants-create")
                            .token(t)
                            .withoutHeader("idempotency-key")
                            .body(body))
                    .id());
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            ApiEvent e = ApiEvent.load("consultants-list").token(t).query("limit", "2");
            if (cursor != null) {
                e.query("cursor", cursor);
            }
            ApiResponse page = stack.invoke(e);
            assertThat(page.status()).isEqualTo(200);
            page.body().path("items").forEach(item -> seen.add(item.path("id").asText()));
            cursor = page.body().has("nextCursor")
                    ? page.body().path("nextCursor").asText()
                    : null;
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(created.reversed());
    }

    @Test
    void create_sameIdempotencyKeyAndBody_replaysTheFirstResponse() {
        ObjectNode body = ApiEvent.load("consultants-create").bodyJson();
        body.put("externalId", "idem-1").put("email", "idem1@example.com");
        ApiResponse first = stack.invoke(ApiEvent.load("consultants-create")
                .token(token)
                .header("idempotency-key", "key-idem-1")
                .body(body));
        ApiResponse replay = stack.invoke(ApiEvent.load("consultants-create")
                .token(token)
                .header("idempotency-key", "key-idem-1")
                .body(body));
        assertThat(first.status()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.id()).isEqualTo(first.id());
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(replay.header("idempotency-replayed")).isEqualTo("true");
        assertThat(first.header("idempotency-replayed")).isNull();
    }

    @Test
    void create_sameIdempotencyKeyWithADifferentBody_is409_andWritesNothing() {
        ObjectNode body = ApiEvent.load("consultants-create").bodyJson();
        body.put("externalId", "idem-2").put("email", "idem2@example.com");
        stack.invoke(ApiEvent.load("consultants-create")
                .token(token)
                .header("idempotency-key", "key-idem-2")
                .body(body));
        long before = count();
        body.put("fullName", "Somebody Else");
        ApiResponse conflict = stack.invoke(ApiEvent.load("consultants-create")
                .token(token)
                .header("idempotency-key", "key-idem-2")
                .body(body));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.problemType()).isEqualTo("idempotency-key-reused");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void create_duplicateEmailInTheSameTenant_is409Duplicate() {
        create("twice@example.com");
        ObjectNode body = ApiEvent.load("consultants-create").bodyJson();
        body.put("externalId", "other-ext").put("email", "TWICE@example.com");
        ApiResponse r = stack.invoke(ApiEvent.load("consultants-create")
                .token(token)
                .withoutHeader("idempotency-key")
                .body(body));
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.problemType()).isEqualTo("duplicate");
        assertThat(r.body().path("detail").asText()).contains("email").doesNotContain("twice@example.com");
    }

    private ApiResponse create(String email) {
        ObjectNode body = ApiEvent.load("consultants-create").bodyJson();
        body.put("externalId", "ext-" + email).put("email", email);
        ApiResponse r = stack.invoke(ApiEvent.load("consultants-create")
                .token(token)
                .withoutHeader("idempotency-key")
                .body(body));
        assertThat(r.status()).as(r.rawBody()).isEqualTo(201);
        return r;
    }

    private long count() {
        JsonNode items = stack.invoke(
                        ApiEvent.load("consultants-list").token(token).query("limit", "200"))
                .body()
                .path("items");
        return items.size();
    }
}

package com.benchcrm.function.httpapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.common.Hashing;
import com.benchcrm.common.Json;
import com.benchcrm.consultant.Consultant;
import com.benchcrm.security.Role;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every mutation leaves an audit row written in its own transaction; the log is filterable. */
class AuditContractIT {

    static ApiTestStack stack;
    static ApiTestStack.TestTenant tenant;
    static String recruiter;
    static String owner;

    @BeforeAll
    static void setUp() {
        stack = ApiTestStack.get();
        tenant = stack.newTenant("audit");
        recruiter = stack.token(tenant, "recruiter-1", Role.Recruiter);
        owner = stack.token(tenant, "owner-1", Role.Owner);
    }

    @Test
    void mutations_writeAuditRows_withActorActionHashesAndTraceId() throws Exception {
        Instant start = Instant.now().minusSeconds(1);
        ApiResponse created = stack.invoke(ApiEvent.load("consultants-create")
                .token(recruiter)
                .withoutHeader("idempotency-key")
                .header("x-amzn-trace-id", "Root=1-aaaaaaaa-bbbbbbbbbbbbbbbbbbbbbbbb"));
        String id = created.id();
        ApiResponse patched = stack.invoke(
                ApiEvent.load("consultants-patch").token(recruiter).id(id).withoutHeader("if-match"));
        stack.invoke(ApiEvent.load("consultants-delete").token(recruiter).id(id).withoutHeader("if-match"));

        ApiResponse log = stack.invoke(ApiEvent.load("audit-logs")
                .token(owner)
                .noQuery()
                .query("entity", "consultant")
                .query("from", start.toString()));
        assertThat(log.status()).isEqualTo(200);
        List<JsonNode> rows = new ArrayList<>();
        log.body().path("items").forEach(item -> {
            if (item.path("entityId").asText().equals(id)) {
                rows.add(item);
            }
        });
        assertThat(rows)
                .extracting(r -> r.path("action").asText())
                .containsExactly("consultant.deleted", "consultant.updated", "consultant.created");
        assertThat(rows).allSatisfy(r -> assertThat(r.path("actorId").asText()).isEqualTo("recruiter-1"));
        JsonNode createdRow = rows.get(2);
        assertThat(createdRow.has("beforeHash")).isFalse();
        assertThat(createdRow.path("afterHash").asText())
                .isEqualTo(Hashing.canonicalSha256(Json.strict().readValue(created.rawBody(), Consultant.class)));
        assertThat(createdRow.path("traceId").asText()).isEqualTo("1-aaaaaaaa-bbbbbbbbbbbbbbbbbbbbbbbb");
        JsonNode updatedRow = rows.get(1);
        assertThat(updatedRow.path("beforeHash").asText())
                .isEqualTo(createdRow.path("afterHash").asText());
        assertThat(updatedRow.path("afterHash").asText())
                .isEqualTo(Hashing.canonicalSha256(Json.strict().readValue(patched.rawBody(), Consultant.class)));
        assertThat(rows.get(0).has("afterHash")).isFalse();
    }

    @Test
    void refusedMutations_leaveNoAuditRow() {
        String analyst = stack.token(tenant, "analyst-1", Role.Analyst);
        stack.invoke(ApiEvent.load("consultants-create").token(analyst));
        ApiResponse log =
                stack.invoke(ApiEvent.load("audit-logs").token(owner).noQuery().query("actor", "analyst-1"));
        assertThat(log.body().path("items")).isEmpty();
    }

    @Test
    void auditLog_filtersByActorAndTime_andPaginates() {
        String other = stack.token(tenant, "recruiter-2", Role.Recruiter);
        for (int i = 0; i < 3; i++) {
            var body = ApiEvent.load("requirements-create").bodyJson().put("externalRef", "AUDIT-PAGE-" + i);
            assertThat(stack.invoke(ApiEvent.load("requirements-create")
                                    .token(other)
                                    .withoutHeader("idempotency-key")
                                    .body(body))
                            .status())
                    .isEqualTo(201);
        }
        ApiResponse byActor = stack.invoke(ApiEvent.load("audit-logs")
                .token(owner)
                .noQuery()
                .query("actor", "recruiter-2")
                .query("limit", "2"));
        assertThat(byActor.body().path("items")).hasSize(2);
        assertThat(byActor.body().path("items").findValuesAsText("actorId")).containsOnly("recruiter-2");
        ApiResponse next = stack.invoke(ApiEvent.load("audit-logs")
                .token(owner)
                .noQuery()
                .query("actor", "recruiter-2")
                .query("limit", "2")
                .query("cursor", byActor.body().path("nextCursor").asText()));
        assertThat(next.body().path("items")).hasSize(1);
        assertThat(next.body().has("nextCursor")).isFalse();

        ApiResponse future = stack.invoke(ApiEvent.load("audit-logs")
                .token(owner)
                .noQuery()
                .query("from", Instant.now().plusSeconds(3600).toString()));
        assertThat(future.body().path("items")).isEmpty();
        assertThat(stack.invoke(ApiEvent.load("audit-logs")
                                .token(owner)
                                .noQuery()
                                .query("from", "yesterday"))
                        .status())
                .isEqualTo(400);
        assertThat(stack.invoke(ApiEvent.load("audit-logs")
                                .token(owner)
                                .noQuery()
                                .query("entity", "Robert'); drop table--"))
                        .status())
                .isEqualTo(400);
    }
}

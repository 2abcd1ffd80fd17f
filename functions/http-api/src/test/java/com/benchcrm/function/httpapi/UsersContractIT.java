package com.benchcrm.function.httpapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.common.Ids;
import com.benchcrm.security.Role;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.tenancy.UserDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /v1/users} through the Lambda entry point with the sample events, every response checked
 * against the OpenAPI document: invite, list, change a role, deactivate (its tokens refused at once),
 * reactivate; Owner/Admin only; an Admin cannot make or touch an Owner; the last Owner stays; bad
 * input; another tenant sees nothing; every change audited.
 */
class UsersContractIT {

    static final OpenApiDocument DOC = OpenApiDocument.load();

    static ApiTestStack stack;

    record Tenant(ApiTestStack.TestTenant tenant, UUID ownerId, String owner) {}

    @BeforeAll
    static void setUp() {
        stack = ApiTestStack.get();
    }

    /** A tenant whose first Owner exists as the deployment (or ./benchcrm token) makes it: active, not invited. */
    static Tenant tenant(String prefix) {
        ApiTestStack.TestTenant t = stack.newTenant(prefix);
        var owner = com.benchcrm.persistence.postgres.PostgresPersistence.over(stack.ownerSql());
        UUID ownerId = new UserDirectory(owner.transactions(), owner.users(), new Ids(Clock.systemUTC()))
                .ensure(t.id(), "owner@acme.example", Set.of(Role.Owner));
        return new Tenant(t, ownerId, stack.token(t, ownerId.toString(), Role.Owner));
    }

    @Test
    void invite_list_get_changeRole_deactivate_reactivate_allAudited() {
        Tenant t = tenant("users");
        ApiResponse invited = exchange(ApiEvent.load("users-create").token(t.owner()));
        assertThat(invited.status()).isEqualTo(201);
        String id = invited.id();
        assertThat(invited.header("location")).isEqualTo("/v1/users/" + id);
        assertThat(invited.body().path("status").asText()).isEqualTo("INVITED");
        assertThat(invited.body().path("role").asText()).isEqualTo("Recruiter");
        assertThat(invited.body().path("invitedBy").asText())
                .isEqualTo(t.ownerId().toString());

        ApiResponse list = exchange(ApiEvent.load("users-list").token(t.owner()));
        assertThat(list.body().path("items").findValuesAsText("id"))
                .containsExactly(id, t.ownerId().toString());
        assertThat(exchange(ApiEvent.load("users-get").token(t.owner()).id(id))
                        .body()
                        .path("email")
                        .asText())
                .isEqualTo("ada@example.com");

        ApiResponse promoted = exchange(patch(t.owner(), id, "{\"role\":\"Admin\"}"));
        assertThat(promoted.status()).isEqualTo(200);
        assertThat(promoted.body().path("role").asText()).isEqualTo("Admin");
        ApiResponse off = exchange(ApiEvent.load("users-patch").token(t.owner()).id(id));
        assertThat(off.body().path("status").asText()).isEqualTo("DEACTIVATED");
        ApiResponse on = exchange(patch(t.owner(), id, "{\"status\":\"ACTIVE\"}"));
        assertThat(on.body().path("status").asText()).isEqualTo("INVITED"); // invited and never signed in

        ApiResponse audit = stack.invoke(
                ApiEvent.load("audit-logs").token(t.owner()).noQuery().query("entity", "user"));
        assertThat(audit.body().path("items").findValuesAsText("action"))
                .containsExactly("user.reactivated", "user.deactivated", "user.role-changed", "user.invited");
    }

    @Test
    void aDeactivatedUsersValidToken_isRefusedAtOnce_andWorksAgainAfterReactivation() {
        Tenant t = tenant("users-deact");
        String id = exchange(ApiEvent.load("users-create").token(t.owner())).id();
        String recruiter = stack.token(t.tenant(), id, Role.Recruiter);
        assertThat(stack.invoke(ApiEvent.load("consultants-list").token(recruiter))
                        .status())
                .isEqualTo(200);
        assertThat(stack.ownerSql()
                        .inTenant(
                                t.tenant().id(),
                                s -> s.queryOne(
                                        "select status from app_user where tenant_id = :t and id = :id",
                                        SqlParams.of("t", t.tenant().id().value())
                                                .and("id", UUID.fromString(id))))
                        .orElseThrow()
                        .string("status"))
                .as("the first request of an invited user makes it active")
                .isEqualTo("ACTIVE");

        exchange(ApiEvent.load("users-patch").token(t.owner()).id(id));
        ApiResponse refused = stack.invoke(ApiEvent.load("consultants-list").token(recruiter));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body().path("detail").asText()).contains("deactivated");

        exchange(patch(t.owner(), id, "{\"status\":\"ACTIVE\"}"));
        assertThat(stack.invoke(ApiEvent.load("consultants-list").token(recruiter))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void onlyOwnersAndAdmins_manageUsers_andAnAdminCannotMakeOrChangeAnOwner() {
        Tenant t = tenant("users-roles");
        for (Role role : new Role[] {Role.Recruiter, Role.Sales, Role.Analyst, Role.ReadOnly}) {
            String token = stack.token(t.tenant(), role);
            assertThat(exchange(ApiEvent.load("users-list").token(token)).status())
                    .as(role.name())
                    .isEqualTo(403);
            assertThat(exchange(ApiEvent.load("users-create").token(token)).status())
                    .as(role.name())
                    .isEqualTo(403);
        }
        String admin = stack.token(t.tenant(), Role.Admin);
        ObjectNode owner =
                ApiEvent.load("users-create").bodyJson().put("role", "Owner").put("email", "o2@acme.example");
        assertThat(exchange(ApiEvent.load("users-create").token(admin).body(owner))
                        .status())
                .isEqualTo(403);
        String rec = exchange(ApiEvent.load("users-create").token(admin)).id();
        assertThat(exchange(patch(admin, rec, "{\"role\":\"Owner\"}")).status()).isEqualTo(403);
        assertThat(exchange(patch(admin, t.ownerId().toString(), "{\"status\":\"DEACTIVATED\"}"))
                        .status())
                .isEqualTo(403);
        assertThat(exchange(patch(admin, rec, "{\"role\":\"Sales\"}")).status()).isEqualTo(200);
    }

    @Test
    void theLastActiveOwner_cannotBeDemotedOrDeactivated_andNobodyDeactivatesThemselves() {
        Tenant t = tenant("users-owner");
        ApiResponse demote = exchange(patch(t.owner(), t.ownerId().toString(), "{\"role\":\"Admin\"}"));
        assertThat(demote.status()).isEqualTo(422);
        assertThat(demote.body().path("errors").findValuesAsText("pointer")).containsExactly("/role");
        ApiResponse self = exchange(patch(t.owner(), t.ownerId().toString(), "{\"status\":\"DEACTIVATED\"}"));
        assertThat(self.status()).isEqualTo(422);
        assertThat(self.body().path("errors").findValuesAsText("pointer")).contains("/status");
    }

    @Test
    void badInput_isA4xxProblemWithPointers_neverA500() {
        Tenant t = tenant("users-bad");
        ObjectNode bad = ApiEvent.load("users-create")
                .bodyJson()
                .put("email", "nope")
                .put("role", "Superuser")
                .put("name", "");
        ApiResponse invalid =
                exchange(ApiEvent.load("users-create").token(t.owner()).body(bad));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.body().path("errors").findValuesAsText("pointer"))
                .containsExactlyInAnyOrder("/email", "/name", "/role");
        ApiResponse unknownField = exchange(ApiEvent.load("users-create")
                .token(t.owner())
                .body(ApiEvent.load("users-create").bodyJson().put("status", "ACTIVE")));
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(exchange(ApiEvent.load("users-create").token(t.owner()).body("{"))
                        .status())
                .isEqualTo(400);
        assertThat(exchange(ApiEvent.load("users-create").token(t.owner()).header("content-type", "text/plain"))
                        .status())
                .isEqualTo(415);
        exchange(ApiEvent.load("users-create").token(t.owner()));
        ApiResponse duplicate = exchange(ApiEvent.load("users-create").token(t.owner()));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.problemType()).isEqualTo("duplicate");
        assertThat(exchange(patch(t.owner(), t.ownerId().toString(), "{}")).status())
                .isEqualTo(422);
        assertThat(exchange(patch(t.owner(), t.ownerId().toString(), "{\"status\":\"INVITED\"}"))
                        .status())
                .isEqualTo(422);
        assertThat(exchange(ApiEvent.load("users-get").token(t.owner()).path("/v1/users/not-a-uuid"))
                        .status())
                .isEqualTo(404);
        assertThat(exchange(ApiEvent.load("users-list").token(t.owner()).query("limit", "0"))
                        .status())
                .isEqualTo(400);
        assertThat(stack.invoke(ApiEvent.load("users-list").noToken()).status()).isEqualTo(401);
    }

    @Test
    void anotherTenant_cannotSeeReadOrChangeAUser() {
        Tenant a = tenant("users-iso-a");
        String id = exchange(ApiEvent.load("users-create").token(a.owner())).id();
        Tenant b = tenant("users-iso-b");

        assertThat(exchange(ApiEvent.load("users-list").token(b.owner()))
                        .body()
                        .path("items")
                        .findValuesAsText("id"))
                .doesNotContain(id);
        assertThat(exchange(ApiEvent.load("users-get").token(b.owner()).id(id)).status())
                .isEqualTo(404);
        assertThat(exchange(ApiEvent.load("users-patch").token(b.owner()).id(id))
                        .status())
                .isEqualTo(404);
        assertThat(exchange(ApiEvent.load("users-get").token(a.owner()).id(id))
                        .body()
                        .path("status")
                        .asText())
                .isEqualTo("INVITED");
    }

    private static ApiEvent patch(String token, String id, String body) {
        return ApiEvent.load("users-patch").token(token).id(id).body(body);
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

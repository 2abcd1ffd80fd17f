package com.benchcrm.function.httpapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.security.Role;
import com.benchcrm.sql.SqlParams;
import org.junit.jupiter.api.Test;

/**
 * A suspended tenant loses API access (issue 11 item 5): the tenant's status is checked after
 * authentication on every authenticated route, 403 {@code tenant-suspended}; other tenants and the
 * public routes are unaffected.
 */
class TenantSuspensionContractIT {

    static final OpenApiDocument DOC = OpenApiDocument.load();

    @Test
    void suspendedTenant_validToken_is403TenantSuspended_onReadsAndWrites() {
        ApiTestStack stack = ApiTestStack.get();
        ApiTestStack.TestTenant suspended = stack.newTenant("suspended");
        ApiTestStack.TestTenant active = stack.newTenant("active");
        suspend(stack, suspended);
        String token = stack.token(suspended, Role.Owner);

        ApiResponse list = stack.invoke(ApiEvent.load("consultants-list").token(token));
        ApiResponse create = stack.invoke(ApiEvent.load("consultants-create").token(token));
        ApiResponse webhooks = stack.invoke(ApiEvent.load("webhooks-list").token(token));

        for (ApiResponse r : new ApiResponse[] {list, create, webhooks}) {
            assertThat(r.status()).isEqualTo(403);
            assertThat(r.problemType()).isEqualTo("tenant-suspended");
            assertThat(r.header("content-type")).isEqualTo("application/problem+json");
        }
        DOC.assertHttpResponse("GET", "/v1/consultants", list.status(), list.headers(), list.rawBody());
        assertThat(stack.invoke(ApiEvent.load("consultants-list").token(stack.token(active, Role.Recruiter))).status())
                .as("another tenant").isEqualTo(200);
        assertThat(stack.invoke(ApiEvent.load("health")).status()).as("public routes").isEqualTo(200);
    }

    @Test
    void tenantUnknownToTheRegistry_validToken_isRefusedToo() {
        ApiTestStack stack = ApiTestStack.get();
        ApiTestStack.TestTenant ghost = new ApiTestStack.TestTenant(new com.benchcrm.tenancy.TenantId(java.util.UUID.randomUUID()),
                "ghost-" + Long.toString(System.nanoTime(), 36));

        ApiResponse r = stack.invoke(ApiEvent.load("consultants-list").token(stack.token(ghost, Role.Owner)));

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.problemType()).isEqualTo("tenant-suspended");
    }

    /** What the provisioning function does when a tenant leaves the tenants file. */
    static void suspend(ApiTestStack stack, ApiTestStack.TestTenant tenant) {
        stack.ownerSql().withoutTenant(s -> s.update("update benchcrm.tenant set status = 'SUSPENDED' where id = :id",
                SqlParams.of("id", tenant.id().value())));
    }
}

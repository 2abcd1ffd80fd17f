package com.benchcrm.function.httpapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tenant B, even as Owner, cannot read, list, update or delete tenant A's rows through the API. */
class TenantIsolationContractIT {

    static ApiTestStack stack;
    static String tokenA;
    static String tokenB;
    static String consultantOfA;
    static String requirementOfA;

    @BeforeAll
    static void setUp() {
        stack = ApiTestStack.get();
        tokenA = stack.token(stack.newTenant("iso-a"), Role.Owner);
        tokenB = stack.token(stack.newTenant("iso-b"), Role.Owner);
        consultantOfA =
                stack.invoke(ApiEvent.load("consultants-create").token(tokenA)).id();
        requirementOfA =
                stack.invoke(ApiEvent.load("requirements-create").token(tokenA)).id();
    }

    @Test
    void tenantB_cannotGet_tenantAsRows() {
        assertThat(stack.invoke(ApiEvent.load("consultants-get").token(tokenB).id(consultantOfA))
                        .status())
                .isEqualTo(404);
        assertThat(stack.invoke(ApiEvent.load("requirements-get").token(tokenB).id(requirementOfA))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void tenantB_listsNoneOf_tenantAsRows() {
        ApiResponse consultants = stack.invoke(ApiEvent.load("consultants-list").token(tokenB));
        ApiResponse requirements =
                stack.invoke(ApiEvent.load("requirements-list").token(tokenB));
        assertThat(consultants.body().path("items").findValuesAsText("id")).doesNotContain(consultantOfA);
        assertThat(requirements.body().path("items").findValuesAsText("id")).doesNotContain(requirementOfA);
        ApiResponse audit =
                stack.invoke(ApiEvent.load("audit-logs").token(tokenB).noQuery());
        assertThat(audit.body().path("items").findValuesAsText("entityId"))
                .doesNotContain(consultantOfA, requirementOfA);
    }

    @Test
    void tenantB_cannotUpdateOrDelete_tenantAsRows() {
        assertThat(stack.invoke(ApiEvent.load("consultants-replace")
                                .token(tokenB)
                                .id(consultantOfA)
                                .withoutHeader("if-match"))
                        .status())
                .isEqualTo(404);
        assertThat(stack.invoke(ApiEvent.load("consultants-patch")
                                .token(tokenB)
                                .id(consultantOfA)
                                .withoutHeader("if-match"))
                        .status())
                .isEqualTo(404);
        assertThat(stack.invoke(ApiEvent.load("consultants-delete")
                                .token(tokenB)
                                .id(consultantOfA)
                                .withoutHeader("if-match"))
                        .status())
                .isEqualTo(404);
        assertThat(stack.invoke(ApiEvent.load("requirements-delete")
                                .token(tokenB)
                                .id(requirementOfA))
                        .status())
                .isEqualTo(404);

        ApiResponse stillThere =
                stack.invoke(ApiEvent.load("consultants-get").token(tokenA).id(consultantOfA));
        assertThat(stillThere.status()).isEqualTo(200);
        assertThat(stillThere.body().path("version").asLong()).isEqualTo(1);
        assertThat(stack.invoke(ApiEvent.load("requirements-get").token(tokenA).id(requirementOfA))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void sameIdempotencyKeyInTwoTenants_doesNotReplayTheOtherTenantsResult() {
        ApiEvent sameRequest = ApiEvent.load("requirements-create");
        var body = sameRequest.bodyJson().put("externalRef", "SHARED-1");
        ApiResponse a = stack.invoke(ApiEvent.load("requirements-create")
                .token(tokenA)
                .header("idempotency-key", "shared-key")
                .body(body));
        ApiResponse b = stack.invoke(ApiEvent.load("requirements-create")
                .token(tokenB)
                .header("idempotency-key", "shared-key")
                .body(body));
        assertThat(a.status()).isEqualTo(201);
        assertThat(b.status()).isEqualTo(201);
        assertThat(b.id()).isNotEqualTo(a.id());
        assertThat(b.header("idempotency-replayed")).isNull();
    }
}

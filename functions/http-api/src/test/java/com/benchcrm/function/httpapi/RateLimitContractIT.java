package com.benchcrm.function.httpapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.security.Role;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Per-tenant rate limits through the Lambda entry point (ADR 0035): the test stack limits one tenant
 * to {@value ApiTestStack#RATE_LIMITED_RATE}/s with a burst of {@value ApiTestStack#RATE_LIMITED_BURST}
 * (in-process token bucket, {@code BENCHCRM_RATE_LIMIT=memory}); every other tenant has a generous limit.
 */
class RateLimitContractIT {

    static final OpenApiDocument DOC = OpenApiDocument.load();

    @Test
    void requestBeyondTheBurst_ofOneTenant_is429WithRetryAfter_otherTenantUnaffected() {
        ApiTestStack stack = ApiTestStack.get();
        String limited = stack.token(stack.rateLimitedTenant(), Role.Recruiter);
        String other = stack.token(stack.newTenant("unlimited"), Role.Recruiter);

        List<Integer> statuses = new ArrayList<>();
        ApiResponse refused = null;
        for (int i = 0; i < ApiTestStack.RATE_LIMITED_BURST + 1; i++) {
            ApiResponse r = stack.invoke(ApiEvent.load("consultants-list").token(limited));
            statuses.add(r.status());
            refused = r;
        }
        ApiResponse neighbour = stack.invoke(ApiEvent.load("consultants-list").token(other));

        assertThat(statuses).as("the burst, then one more within the second").containsExactly(200, 200, 200, 429);
        assertThat(refused.header("content-type")).isEqualTo("application/problem+json");
        assertThat(refused.header("retry-after")).isEqualTo("1");
        assertThat(refused.problemType()).isEqualTo("rate-limited");
        assertThat(refused.body().path("status").asInt()).isEqualTo(429);
        assertThat(refused.body().path("traceId").asText()).isNotBlank();
        assertThat(neighbour.status()).isEqualTo(200);
        assertThat(stack.invoke(ApiEvent.load("health")).status())
                .as("public routes are not limited")
                .isEqualTo(200);
        // exactly as the OpenAPI document describes a 429 (headers, media type, body schema)
        DOC.assertHttpResponse("GET", "/v1/consultants", refused.status(), refused.headers(), refused.rawBody());
    }
}

package com.benchcrm.function.httpapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.auth.jwt.LocalTokenIssuer;
import com.benchcrm.security.Role;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Authentication and the permission matrix, end to end through the Lambda entry point. */
class AuthContractIT {

    static ApiTestStack stack;
    static ApiTestStack.TestTenant tenant;

    @BeforeAll
    static void setUp() {
        stack = ApiTestStack.get();
        tenant = stack.newTenant("auth");
    }

    @Test
    void request_withoutToken_is401ProblemWithAChallenge() {
        ApiResponse r = stack.invoke(ApiEvent.load("consultants-list").noToken());
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("content-type")).isEqualTo("application/problem+json");
        assertThat(r.header("www-authenticate")).isEqualTo("Bearer realm=\"benchcrm\"");
        assertThat(r.problemType()).isEqualTo("unauthenticated");
    }

    @Test
    void request_withExpiredForeignOrUnsignedToken_is401() {
        LocalTokenIssuer past =
                stack.issuer().withClock(Clock.fixed(Instant.now().minus(Duration.ofHours(3)), ZoneOffset.UTC));
        String expired =
                past.mint("benchcrm", tenant.id(), tenant.slug(), "u", List.of(Role.Owner), Duration.ofMinutes(5));
        String foreign = LocalTokenIssuer.ephemeral(ApiTestStack.ISSUER, Clock.systemUTC())
                .mint("benchcrm", tenant.id(), tenant.slug(), "u", List.of(Role.Owner), Duration.ofMinutes(5));
        String unsigned = new PlainJWT(
                        new PlainHeader(),
                        new JWTClaimsSet.Builder()
                                .issuer(ApiTestStack.ISSUER)
                                .audience("benchcrm")
                                .subject("u")
                                .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                                .issueTime(new Date())
                                .claim("tenant_id", tenant.id().toString())
                                .claim("roles", List.of("Owner"))
                                .build())
                .serialize();
        for (String token : List.of(expired, foreign, unsigned, "garbage", "a.b.c")) {
            ApiResponse r = stack.invoke(ApiEvent.load("consultants-list").token(token));
            assertThat(r.status()).as(token).isEqualTo(401);
            assertThat(r.problemType()).isEqualTo("unauthenticated");
        }
        ApiResponse basic =
                stack.invoke(ApiEvent.load("consultants-list").header("authorization", "Basic dXNlcjpwdw=="));
        assertThat(basic.status()).isEqualTo(401);
        assertThat(basic.header("www-authenticate")).contains("error=\"invalid_token\"");
    }

    @Test
    void readOnlyAndAnalyst_cannotWrite_butCanRead() {
        for (Role role : List.of(Role.ReadOnly, Role.Analyst)) {
            String token = stack.token(tenant, role);
            ApiResponse create =
                    stack.invoke(ApiEvent.load("consultants-create").token(token));
            assertThat(create.status()).as(role.name()).isEqualTo(403);
            assertThat(create.problemType()).isEqualTo("forbidden");
            assertThat(stack.invoke(ApiEvent.load("requirements-create").token(token))
                            .status())
                    .isEqualTo(403);
            assertThat(stack.invoke(ApiEvent.load("consultants-list").token(token))
                            .status())
                    .isEqualTo(200);
        }
    }

    @Test
    void forbiddenWrite_withAMalformedBody_is403_notAParseError() {
        ApiResponse r = stack.invoke(ApiEvent.load("consultants-create")
                .token(stack.token(tenant, Role.ReadOnly))
                .body("{not json"));
        assertThat(r.status()).isEqualTo(403);
    }

    @Test
    void sales_writesRequirements_butNotConsultants() {
        String token = stack.token(tenant, Role.Sales);
        assertThat(stack.invoke(ApiEvent.load("requirements-create")
                                .token(token)
                                .withoutHeader("idempotency-key"))
                        .status())
                .isEqualTo(201);
        assertThat(stack.invoke(ApiEvent.load("consultants-create").token(token))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void auditLog_isReadableByAnalystAdminOwner_only() {
        assertThat(stack.invoke(ApiEvent.load("audit-logs").token(stack.token(tenant, Role.Analyst)))
                        .status())
                .isEqualTo(200);
        assertThat(stack.invoke(ApiEvent.load("audit-logs").token(stack.token(tenant, Role.Owner)))
                        .status())
                .isEqualTo(200);
        assertThat(stack.invoke(ApiEvent.load("audit-logs").token(stack.token(tenant, Role.Recruiter)))
                        .status())
                .isEqualTo(403);
        assertThat(stack.invoke(ApiEvent.load("audit-logs").token(stack.token(tenant, Role.ReadOnly)))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void tokenWithoutKnownRoles_canDoNothing() {
        String token = stack.issuer()
                .sign(new JWTClaimsSet.Builder()
                        .issuer(ApiTestStack.ISSUER)
                        .audience("benchcrm")
                        .subject("u")
                        .issueTime(new Date())
                        .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                        .claim("tenant_id", tenant.id().toString())
                        .claim("roles", List.of("God"))
                        .build());
        assertThat(stack.invoke(ApiEvent.load("consultants-list").token(token)).status())
                .isEqualTo(403);
    }

    @Test
    void tenantFromHeadersOrBody_isIgnored_orRefused() {
        ApiTestStack.TestTenant other = stack.newTenant("victim");
        String ownToken = stack.token(tenant, Role.Owner);
        ApiResponse spoofedHeader = stack.invoke(ApiEvent.load("consultants-create")
                .token(ownToken)
                .withoutHeader("idempotency-key")
                .header("x-tenant-id", other.id().toString()));
        assertThat(spoofedHeader.status()).isEqualTo(201);
        String victimToken = stack.token(other, Role.Owner);
        assertThat(stack.invoke(ApiEvent.load("consultants-get")
                                .token(victimToken)
                                .id(spoofedHeader.id()))
                        .status())
                .isEqualTo(404);

        ObjectNode body = ApiEvent.load("consultants-create").bodyJson();
        body.put("tenantId", other.id().toString());
        ApiResponse spoofedBody = stack.invoke(ApiEvent.load("consultants-create")
                .token(ownToken)
                .withoutHeader("idempotency-key")
                .body(body));
        assertThat(spoofedBody.status()).isEqualTo(400);
        assertThat(spoofedBody.body().path("errors").get(0).path("pointer").asText())
                .isEqualTo("/tenantId");
    }

    @Test
    void health_isPublic() {
        ApiResponse r = stack.invoke(ApiEvent.load("health"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().path("status").asText()).isEqualTo("UP");
    }
}

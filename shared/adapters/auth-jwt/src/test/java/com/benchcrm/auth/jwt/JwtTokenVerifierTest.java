package com.benchcrm.auth.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.security.Caller;
import com.benchcrm.security.Role;
import com.benchcrm.security.UnauthenticatedException;
import com.benchcrm.tenancy.TenantId;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JwtTokenVerifierTest {

    static final String ISSUER = "http://127.0.0.1:3000";
    static final Clock CLOCK = Clock.systemUTC();
    static final LocalTokenIssuer ISSUING = LocalTokenIssuer.ephemeral(ISSUER, CLOCK);
    static final JwtTokenVerifier VERIFIER =
            JwtTokenVerifier.create(JwtConfig.withKeys(ISSUER, "benchcrm", ISSUING.publicJwksJson()));
    static final TenantId TENANT = new TenantId(UUID.randomUUID());

    @Test
    void verify_validToken_yieldsTenantUserAndRolesFromClaims() {
        String token = ISSUING.mint(
                "benchcrm", TENANT, "acme", "user-1", Set.of(Role.Recruiter, Role.Analyst), Duration.ofMinutes(5));
        Caller caller = VERIFIER.verify(token, "trace-1");
        assertThat(caller.tenant()).isEqualTo(TENANT);
        assertThat(caller.userId()).isEqualTo("user-1");
        assertThat(caller.roles()).containsExactlyInAnyOrder(Role.Recruiter, Role.Analyst);
        assertThat(caller.traceId()).isEqualTo("trace-1");
    }

    @Test
    void verify_expiredToken_isRejected() {
        LocalTokenIssuer past =
                ISSUING.withClock(Clock.fixed(Instant.now().minus(Duration.ofHours(2)), ZoneOffset.UTC));
        String token = past.mint("benchcrm", TENANT, "acme", "u", Set.of(Role.Owner), Duration.ofMinutes(10));
        assertThatThrownBy(() -> VERIFIER.verify(token, "t"))
                .isInstanceOf(UnauthenticatedException.class)
                .hasMessageContaining("claims");
    }

    @Test
    void verify_wrongAudienceOrIssuer_isRejected() {
        String otherAudience =
                ISSUING.mint("someone-else", TENANT, "acme", "u", Set.of(Role.Owner), Duration.ofMinutes(5));
        String otherIssuer = ISSUING.withIssuer("https://evil.example")
                .mint("benchcrm", TENANT, "acme", "u", Set.of(Role.Owner), Duration.ofMinutes(5));
        assertThatThrownBy(() -> VERIFIER.verify(otherAudience, "t")).isInstanceOf(UnauthenticatedException.class);
        assertThatThrownBy(() -> VERIFIER.verify(otherIssuer, "t")).isInstanceOf(UnauthenticatedException.class);
    }

    @Test
    void verify_tokenSignedByAForeignKey_isRejected() {
        String foreign = LocalTokenIssuer.ephemeral(ISSUER, CLOCK)
                .mint("benchcrm", TENANT, "acme", "u", Set.of(Role.Owner), Duration.ofMinutes(5));
        assertThatThrownBy(() -> VERIFIER.verify(foreign, "t"))
                .isInstanceOf(UnauthenticatedException.class)
                .hasMessageContaining("not signed by a key of the configured issuer");
    }

    @Test
    void verify_unsignedAlgNoneToken_isRejected() {
        JWTClaimsSet claims = validClaims().build();
        String plain = new PlainJWT(new PlainHeader(), claims).serialize();
        assertThatThrownBy(() -> VERIFIER.verify(plain, "t")).isInstanceOf(UnauthenticatedException.class);
    }

    @Test
    void verify_signatureStrippedToken_isRejected() {
        String token = ISSUING.mint("benchcrm", TENANT, "acme", "u", Set.of(Role.Owner), Duration.ofMinutes(5));
        String stripped = token.substring(0, token.lastIndexOf('.') + 1);
        assertThatThrownBy(() -> VERIFIER.verify(stripped, "t")).isInstanceOf(UnauthenticatedException.class);
    }

    @Test
    void verify_tamperedPayload_isRejected() {
        String token = ISSUING.mint("benchcrm", TENANT, "acme", "u", Set.of(Role.ReadOnly), Duration.ofMinutes(5));
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("ReadOnly", "Owner");
        String tampered = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "." + parts[2];
        assertThatThrownBy(() -> VERIFIER.verify(tampered, "t")).isInstanceOf(UnauthenticatedException.class);
    }

    @Test
    void verify_missingOrMalformedTenantClaim_isRejected() {
        String noTenant = ISSUING.sign(validClaims().claim("tenant_id", null).build());
        String badTenant = ISSUING.sign(validClaims().claim("tenant_id", "acme").build());
        assertThatThrownBy(() -> VERIFIER.verify(noTenant, "t")).isInstanceOf(UnauthenticatedException.class);
        assertThatThrownBy(() -> VERIFIER.verify(badTenant, "t"))
                .isInstanceOf(UnauthenticatedException.class)
                .hasMessageContaining("tenant_id");
    }

    @Test
    void verify_unknownRoleNames_grantNothing() {
        String token = ISSUING.sign(
                validClaims().claim("roles", List.of("SuperAdmin", "root")).build());
        assertThat(VERIFIER.verify(token, "t").roles()).isEmpty();
    }

    @Test
    void verify_garbage_isRejected() {
        assertThatThrownBy(() -> VERIFIER.verify("not-a-jwt", "t")).isInstanceOf(UnauthenticatedException.class);
        assertThatThrownBy(() -> VERIFIER.verify("", "t")).isInstanceOf(UnauthenticatedException.class);
    }

    private static JWTClaimsSet.Builder validClaims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience("benchcrm")
                .subject("u")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("tenant_id", TENANT.toString())
                .claim("roles", List.of("Owner"));
    }

    @Test
    void verify_cachedToken_stillExpires_andEachCallGetsItsOwnTraceId() {
        java.util.concurrent.atomic.AtomicReference<Instant> now =
                new java.util.concurrent.atomic.AtomicReference<>(Instant.now());
        Clock moving = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        JwtTokenVerifier verifier =
                JwtTokenVerifier.create(JwtConfig.withKeys(ISSUER, "benchcrm", ISSUING.publicJwksJson()), moving);
        String token = ISSUING.mint("benchcrm", TENANT, "acme", "u", Set.of(Role.Sales), Duration.ofSeconds(90));
        assertThat(verifier.verify(token, "first").traceId()).isEqualTo("first");
        Caller again = verifier.verify(token, "second");
        assertThat(again.traceId()).isEqualTo("second");
        assertThat(again.roles()).containsExactly(Role.Sales);
        now.set(now.get().plus(Duration.ofMinutes(3)));
        assertThatThrownBy(() -> verifier.verify(token, "late")).isInstanceOf(UnauthenticatedException.class);
    }

    /** What Cognito issues after the pre-token trigger: no aud, client_id, token_use, user_id, tenant_id and roles. */
    private static JWTClaimsSet.Builder cognitoAccessClaims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("8f1c0a52-cognito-sub")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("token_use", "access")
                .claim("client_id", "console-client-id")
                .claim("user_id", "0193f7a2-5b3c-7d4e-8f60-123456789abc")
                .claim("tenant_id", TENANT.toString())
                .claim("roles", List.of("Recruiter"));
    }

    @Test
    void verify_cognitoAccessToken_acceptedByItsClientId_andKnownByTheUserIdClaim() {
        JwtTokenVerifier verifier = JwtTokenVerifier.create(
                JwtConfig.withKeys(ISSUER, "benchcrm, console-client-id", ISSUING.publicJwksJson())
                        .withUserClaim("user_id"));
        Caller caller = verifier.verify(ISSUING.sign(cognitoAccessClaims().build()), "t");
        assertThat(caller.userId()).isEqualTo("0193f7a2-5b3c-7d4e-8f60-123456789abc");
        assertThat(caller.roles()).containsExactly(Role.Recruiter);
        // without the user claim in the token, the subject names the caller
        Caller bySub = verifier.verify(
                ISSUING.sign(cognitoAccessClaims().claim("user_id", null).build()), "t");
        assertThat(bySub.userId()).isEqualTo("8f1c0a52-cognito-sub");
        // and our own tokens still verify under the list of audiences
        assertThat(verifier.verify(
                                ISSUING.mint(
                                        "benchcrm", TENANT, "acme", "u", Set.of(Role.Owner), Duration.ofMinutes(5)),
                                "t")
                        .userId())
                .isEqualTo("u");
    }

    @Test
    void verify_cognitoTokens_ofAnotherClient_orIdTokens_orWithoutTokenUse_areRejected() {
        JwtTokenVerifier verifier = JwtTokenVerifier.create(
                JwtConfig.withKeys(ISSUER, "benchcrm,console-client-id", ISSUING.publicJwksJson()));
        String otherClient = ISSUING.sign(
                cognitoAccessClaims().claim("client_id", "another-app").build());
        String idToken = ISSUING.sign(cognitoAccessClaims()
                .claim("token_use", "id")
                .audience("console-client-id")
                .build());
        String noUse =
                ISSUING.sign(cognitoAccessClaims().claim("token_use", null).build());
        for (String token : List.of(otherClient, idToken, noUse)) {
            assertThatThrownBy(() -> verifier.verify(token, "t"))
                    .isInstanceOf(UnauthenticatedException.class)
                    .hasMessageContaining("claims");
        }
    }
}

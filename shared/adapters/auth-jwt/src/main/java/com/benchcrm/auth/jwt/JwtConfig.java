package com.benchcrm.auth.jwt;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a token must satisfy: issuer, audience, and where the issuer's public keys are (a JWKS URL,
 * or the JWKS document itself).
 *
 * <p>The audience is one value or several ({@code BENCHCRM_JWT_AUDIENCE=benchcrm,<cognito app client id>}):
 * a token is accepted when its {@code aud} names one of them, or, for Cognito access tokens, which
 * carry no {@code aud}, when its {@code client_id} does and its {@code token_use} is {@code access}.
 *
 * @param tenantClaim the claim that holds the tenant id (a UUID)
 * @param rolesClaim  the claim that holds the role names (an array of strings)
 * @param userClaim   the claim that holds the user id the API knows the caller by; {@code sub} when
 *                    absent from a token (Cognito's pre-token trigger adds {@code user_id})
 */
public record JwtConfig(
        String issuer,
        Set<String> audiences,
        Optional<URI> jwksUrl,
        Optional<String> jwksJson,
        String tenantClaim,
        String rolesClaim,
        String userClaim,
        Duration clockSkew) {

    public static final String DEFAULT_TENANT_CLAIM = "tenant_id";
    public static final String DEFAULT_ROLES_CLAIM = "roles";
    public static final String DEFAULT_USER_CLAIM = "sub";

    public JwtConfig {
        Objects.requireNonNull(issuer, "JWT issuer");
        Objects.requireNonNull(audiences, "JWT audience");
        audiences = Set.copyOf(audiences);
        if (audiences.isEmpty()) {
            throw new IllegalArgumentException("name at least one JWT audience");
        }
        if (jwksUrl.isEmpty() == jwksJson.isEmpty()) {
            throw new IllegalArgumentException("configure exactly one of a JWKS URL and a JWKS document");
        }
        jwksUrl.ifPresent(u -> {
            if (!"https".equals(u.getScheme()) && !"http".equals(u.getScheme())) {
                throw new IllegalArgumentException("the JWKS URL must be http(s): " + u);
            }
        });
    }

    /** The accepted audiences, comma-separated (as configured). */
    public String audience() {
        return String.join(",", audiences.stream().sorted().toList());
    }

    /** Parses {@code a,b,c}; blanks are ignored. */
    public static Set<String> parseAudiences(String text) {
        Set<String> out = new LinkedHashSet<>();
        Arrays.stream(text.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .forEach(out::add);
        return out;
    }

    public static JwtConfig withUrl(String issuer, String audience, URI jwksUrl) {
        return new JwtConfig(
                issuer,
                parseAudiences(audience),
                Optional.of(jwksUrl),
                Optional.empty(),
                DEFAULT_TENANT_CLAIM,
                DEFAULT_ROLES_CLAIM,
                DEFAULT_USER_CLAIM,
                Duration.ofSeconds(60));
    }

    public static JwtConfig withKeys(String issuer, String audience, String jwksJson) {
        return new JwtConfig(
                issuer,
                parseAudiences(audience),
                Optional.empty(),
                Optional.of(jwksJson),
                DEFAULT_TENANT_CLAIM,
                DEFAULT_ROLES_CLAIM,
                DEFAULT_USER_CLAIM,
                Duration.ofSeconds(60));
    }

    /** The same with another user claim ({@code user_id} for Cognito tokens). */
    public JwtConfig withUserClaim(String claim) {
        return new JwtConfig(issuer, audiences, jwksUrl, jwksJson, tenantClaim, rolesClaim, claim, clockSkew);
    }
}

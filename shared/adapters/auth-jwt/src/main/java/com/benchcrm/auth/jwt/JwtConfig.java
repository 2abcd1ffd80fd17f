package com.benchcrm.auth.jwt;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a token must satisfy: issuer, audience, and where the issuer's public keys are (a JWKS URL,
 * or the JWKS document itself).
 *
 * @param tenantClaim the claim that holds the tenant id (a UUID)
 * @param rolesClaim  the claim that holds the role names (an array of strings)
 */
public record JwtConfig(String issuer, String audience, Optional<URI> jwksUrl, Optional<String> jwksJson,
                        String tenantClaim, String rolesClaim, Duration clockSkew) {

    public static final String DEFAULT_TENANT_CLAIM = "tenant_id";
    public static final String DEFAULT_ROLES_CLAIM = "roles";

    public JwtConfig {
        Objects.requireNonNull(issuer, "JWT issuer");
        Objects.requireNonNull(audience, "JWT audience");
        if (jwksUrl.isEmpty() == jwksJson.isEmpty()) {
            throw new IllegalArgumentException("configure exactly one of a JWKS URL and a JWKS document");
        }
        jwksUrl.ifPresent(u -> {
            if (!"https".equals(u.getScheme()) && !"http".equals(u.getScheme())) {
                throw new IllegalArgumentException("the JWKS URL must be http(s): " + u);
            }
        });
    }

    public static JwtConfig withUrl(String issuer, String audience, URI jwksUrl) {
        return new JwtConfig(issuer, audience, Optional.of(jwksUrl), Optional.empty(), DEFAULT_TENANT_CLAIM,
                DEFAULT_ROLES_CLAIM, Duration.ofSeconds(60));
    }

    public static JwtConfig withKeys(String issuer, String audience, String jwksJson) {
        return new JwtConfig(issuer, audience, Optional.empty(), Optional.of(jwksJson), DEFAULT_TENANT_CLAIM,
                DEFAULT_ROLES_CLAIM, Duration.ofSeconds(60));
    }
}

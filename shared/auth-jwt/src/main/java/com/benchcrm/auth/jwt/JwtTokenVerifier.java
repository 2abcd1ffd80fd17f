package com.benchcrm.auth.jwt;

import com.benchcrm.security.Caller;
import com.benchcrm.security.Role;
import com.benchcrm.security.TokenVerifier;
import com.benchcrm.security.UnauthenticatedException;
import com.benchcrm.tenancy.TenantId;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.text.ParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Verifies RS256 bearer tokens: signature (by {@code kid} from the issuer's JWKS), issuer,
 * audience, expiry and not-before with a small clock skew. Unsigned ({@code alg: none}) tokens,
 * other algorithms and keys that are not in the JWKS are refused.
 *
 * <pre>{@code
 * TokenVerifier verifier = JwtTokenVerifier.create(JwtConfig.withUrl(issuer, "benchcrm", jwksUrl));
 * Caller caller = verifier.verify(token, traceId);
 * }</pre>
 */
public final class JwtTokenVerifier implements TokenVerifier {

    private final DefaultJWTProcessor<SecurityContext> processor;
    private final JwtConfig config;

    private JwtTokenVerifier(DefaultJWTProcessor<SecurityContext> processor, JwtConfig config) {
        this.processor = processor;
        this.config = config;
    }

    public static JwtTokenVerifier create(JwtConfig config) {
        JWKSource<SecurityContext> keys;
        if (config.jwksUrl().isPresent()) {
            try {
                keys = JWKSourceBuilder.create(config.jwksUrl().get().toURL())
                        .retrying(true)
                        .build();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("bad JWKS URL", e);
            }
        } else {
            try {
                keys = new ImmutableJWKSet<>(JWKSet.parse(config.jwksJson().orElseThrow()).toPublicJWKSet());
            } catch (ParseException e) {
                throw new IllegalArgumentException("the configured JWKS is not valid JSON Web Key Set", e);
            }
        }
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                config.audience(),
                new JWTClaimsSet.Builder().issuer(config.issuer()).build(),
                Set.of("sub", "exp", "iat", config.tenantClaim()));
        claims.setMaxClockSkew((int) config.clockSkew().toSeconds());
        processor.setJWTClaimsSetVerifier(claims);
        return new JwtTokenVerifier(processor, config);
    }

    @Override
    public Caller verify(String bearerToken, String traceId) {
        if (bearerToken == null || bearerToken.isBlank()) {
            throw new UnauthenticatedException("a bearer token is required");
        }
        JWTClaimsSet claims;
        try {
            claims = processor.process(bearerToken.trim(), null);
        } catch (BadJWTException e) {
            throw new UnauthenticatedException("the token's claims are not acceptable: " + e.getMessage(), e);
        } catch (BadJOSEException e) {
            throw new UnauthenticatedException("the token is not signed by a key of the configured issuer", e);
        } catch (ParseException e) {
            throw new UnauthenticatedException("the token is not a JWT", e);
        } catch (JOSEException e) {
            throw new UnauthenticatedException("the token could not be verified", e);
        }
        return toCaller(claims, traceId);
    }

    private Caller toCaller(JWTClaimsSet claims, String traceId) {
        TenantId tenant;
        try {
            tenant = new TenantId(UUID.fromString(claims.getStringClaim(config.tenantClaim())));
        } catch (ParseException | IllegalArgumentException | NullPointerException e) {
            throw new UnauthenticatedException("the token's " + config.tenantClaim() + " claim is not a tenant id");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        try {
            List<String> names = claims.getStringListClaim(config.rolesClaim());
            if (names != null) {
                names.forEach(n -> Role.parse(n).ifPresent(roles::add));
            }
        } catch (ParseException e) {
            throw new UnauthenticatedException("the token's " + config.rolesClaim() + " claim is not a list of role names");
        }
        return new Caller(tenant, claims.getSubject(), roles, traceId);
    }
}

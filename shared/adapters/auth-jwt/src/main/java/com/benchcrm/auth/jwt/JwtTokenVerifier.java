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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

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

    /** Verified tokens are remembered at most this long (and never past their expiry). */
    static final Duration CACHE_TTL = Duration.ofMinutes(5);

    static final int CACHE_LIMIT = 10_000;

    private final DefaultJWTProcessor<SecurityContext> processor;
    private final JwtConfig config;
    private final Clock clock;
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    private JwtTokenVerifier(DefaultJWTProcessor<SecurityContext> processor, JwtConfig config, Clock clock) {
        this.processor = processor;
        this.config = config;
        this.clock = clock;
    }

    /** Identity and roles of a token whose signature and claims were checked, until {@code validUntil}. */
    private record Verified(TenantId tenant, String subject, Set<Role> roles, Instant validUntil) {}

    public static JwtTokenVerifier create(JwtConfig config) {
        return create(config, Clock.systemUTC());
    }

    static JwtTokenVerifier create(JwtConfig config, Clock clock) {
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
                keys = new ImmutableJWKSet<>(
                        JWKSet.parse(config.jwksJson().orElseThrow()).toPublicJWKSet());
            } catch (ParseException e) {
                throw new IllegalArgumentException("the configured JWKS is not valid JSON Web Key Set", e);
            }
        }
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        // The audience is checked below (Cognito access tokens name their client in client_id, not aud).
        DefaultJWTClaimsVerifier<SecurityContext> claims =
                new DefaultJWTClaimsVerifier<>(
                        (Set<String>) null,
                        new JWTClaimsSet.Builder().issuer(config.issuer()).build(),
                        Set.of("sub", "exp", "iat", config.tenantClaim()),
                        null) {
                    @Override
                    protected java.util.Date currentTime() {
                        return java.util.Date.from(clock.instant());
                    }

                    @Override
                    public void verify(JWTClaimsSet claimsSet, SecurityContext context) throws BadJWTException {
                        super.verify(claimsSet, context);
                        checkAudience(claimsSet, config.audiences());
                    }
                };
        claims.setMaxClockSkew((int) config.clockSkew().toSeconds());
        processor.setJWTClaimsSetVerifier(claims);
        return new JwtTokenVerifier(processor, config, clock);
    }

    /**
     * {@inheritDoc}
     *
     * <p>A token that verified once is remembered (keyed by the whole token, so only the same
     * bytes match) for {@link #CACHE_TTL} or until it expires, whichever is first: API Gateway's
     * authorizer caches the same way. A key removed from the JWKS stops being honoured for cached
     * tokens within that window.
     */
    @Override
    public Caller verify(String bearerToken, String traceId) {
        if (bearerToken == null || bearerToken.isBlank()) {
            throw new UnauthenticatedException("a bearer token is required");
        }
        String token = bearerToken.trim();
        Instant now = clock.instant();
        Verified cached = verified.get(token);
        if (cached != null) {
            if (now.isBefore(cached.validUntil())) {
                return new Caller(cached.tenant(), cached.subject(), cached.roles(), traceId);
            }
            verified.remove(token);
        }
        Caller caller = verifyFully(token, traceId);
        remember(token, caller, now);
        return caller;
    }

    /**
     * {@code aud} names an accepted audience; or there is no {@code aud}, {@code client_id} names one
     * and {@code token_use} is {@code access} (a Cognito access token). A Cognito ID token is refused
     * whatever its audience: it says who signed in, not what they may call.
     */
    static void checkAudience(JWTClaimsSet claims, Set<String> accepted) throws BadJWTException {
        Object use = claims.getClaim("token_use");
        if (use != null && !"access".equals(use)) {
            throw new BadJWTException("JWT token_use is not access");
        }
        List<String> aud = claims.getAudience();
        if (aud != null && !aud.isEmpty()) {
            if (aud.stream().noneMatch(accepted::contains)) {
                throw new BadJWTException("JWT audience rejected: " + aud);
            }
            return;
        }
        Object client = claims.getClaim("client_id");
        if (!"access".equals(use) || !(client instanceof String c) || !accepted.contains(c)) {
            throw new BadJWTException("JWT missing required audience");
        }
    }

    private void remember(String token, Caller caller, Instant now) {
        Instant expiry;
        try {
            java.util.Date exp =
                    com.nimbusds.jwt.JWTParser.parse(token).getJWTClaimsSet().getExpirationTime();
            expiry = exp.toInstant().plus(config.clockSkew());
        } catch (ParseException e) {
            return;
        }
        Instant until = now.plus(CACHE_TTL).isBefore(expiry) ? now.plus(CACHE_TTL) : expiry;
        if (verified.size() >= CACHE_LIMIT) {
            verified.clear();
        }
        verified.put(token, new Verified(caller.tenant(), caller.userId(), caller.roles(), until));
    }

    private Caller verifyFully(String bearerToken, String traceId) {
        JWTClaimsSet claims;
        try {
            claims = processor.process(bearerToken, null);
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
            throw new UnauthenticatedException(
                    "the token's " + config.rolesClaim() + " claim is not a list of role names");
        }
        String user = claims.getSubject();
        if (!JwtConfig.DEFAULT_USER_CLAIM.equals(config.userClaim())) {
            try {
                String named = claims.getStringClaim(config.userClaim());
                if (named != null && !named.isBlank()) {
                    user = named;
                }
            } catch (ParseException e) {
                throw new UnauthenticatedException("the token's " + config.userClaim() + " claim is not a string");
            }
        }
        return new Caller(tenant, user, roles, traceId);
    }
}

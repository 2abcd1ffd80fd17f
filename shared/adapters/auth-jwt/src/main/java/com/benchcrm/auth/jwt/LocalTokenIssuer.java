package com.benchcrm.auth.jwt;

import com.benchcrm.security.Role;
import com.benchcrm.tenancy.TenantId;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.UUID;

/**
 * The embedded stack's token issuer: one RSA-2048 key, generated on first use and kept in a file
 * readable only by its owner; its public half is served as the JWKS.
 *
 * <pre>{@code
 * LocalTokenIssuer issuer = LocalTokenIssuer.open(Path.of(".benchcrm/keys/issuer-jwk.json"), "http://127.0.0.1:3000", clock);
 * String token = issuer.mint("benchcrm", tenant, "acme", userId, Set.of(Role.Recruiter), Duration.ofHours(8));
 * }</pre>
 */
public final class LocalTokenIssuer {

    private final RSAKey key;
    private final String issuer;
    private final Clock clock;

    public LocalTokenIssuer(RSAKey key, String issuer, Clock clock) {
        this.key = key;
        this.issuer = issuer;
        this.clock = clock;
    }

    /** Loads the key from {@code keyFile}, generating and saving one if the file does not exist. */
    public static LocalTokenIssuer open(Path keyFile, String issuer, Clock clock) {
        try {
            RSAKey key;
            if (Files.exists(keyFile)) {
                key = RSAKey.parse(Files.readString(keyFile, StandardCharsets.UTF_8));
            } else {
                key = generate();
                Files.createDirectories(keyFile.toAbsolutePath().getParent());
                Path tmp = keyFile.resolveSibling(keyFile.getFileName() + ".tmp");
                Files.writeString(tmp, key.toJSONString(), StandardCharsets.UTF_8);
                try {
                    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not POSIX
                }
                Files.move(tmp, keyFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            return new LocalTokenIssuer(key, issuer, clock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the issuer key " + keyFile, e);
        } catch (ParseException e) {
            throw new IllegalStateException("the issuer key file is not an RSA JWK: " + keyFile, e);
        }
    }

    /** A fresh in-memory key (tests). */
    public static LocalTokenIssuer ephemeral(String issuer, Clock clock) {
        return new LocalTokenIssuer(generate(), issuer, clock);
    }

    /** The same key under another issuer name (tests: a token from the right key but the wrong issuer). */
    public LocalTokenIssuer withIssuer(String otherIssuer) {
        return new LocalTokenIssuer(key, otherIssuer, clock);
    }

    /** The same key and issuer on another clock (tests: expired and not-yet-valid tokens). */
    public LocalTokenIssuer withClock(Clock otherClock) {
        return new LocalTokenIssuer(key, issuer, otherClock);
    }

    public String issuer() {
        return issuer;
    }

    /** The public JWKS document, as served at {@code /.well-known/jwks.json}. */
    public String publicJwksJson() {
        return new JWKSet(key.toPublicJWK()).toString(true);
    }

    public String mint(
            String audience, TenantId tenant, String tenantSlug, String subject, Collection<Role> roles, Duration ttl) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject(subject)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .jwtID(UUID.randomUUID().toString())
                .claim(JwtConfig.DEFAULT_TENANT_CLAIM, tenant.toString())
                .claim("tenant", tenantSlug)
                .claim(
                        JwtConfig.DEFAULT_ROLES_CLAIM,
                        roles.stream().map(Role::name).sorted().toList())
                .build();
        return sign(claims);
    }

    /** Signs arbitrary claims with this issuer's key (tests use it to forge bad claims with a good signature). */
    public String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .type(JOSEObjectType.JWT)
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("signing failed", e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }
}

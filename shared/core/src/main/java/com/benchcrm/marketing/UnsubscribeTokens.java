package com.benchcrm.marketing;

import com.benchcrm.tenancy.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signed token of a one-click unsubscribe link: the tenant and the address, and an HMAC-SHA256
 * over both with the tenant's key (derived from the deployment's secret:
 * {@code HMAC-SHA256(secret, "unsubscribe|" + tenant)}), so the public unsubscribe route trusts the
 * token without a login and a token for one tenant or address is useless for another. Tokens do
 * not expire: a link in a mail must keep working (RFC 8058).
 *
 * <pre>{@code
 * UnsubscribeTokens tokens = new UnsubscribeTokens(secretBytes);
 * String t = tokens.issue(tenant, "pat@vendor.example");
 * Optional<UnsubscribeTokens.Subject> who = tokens.verify(t);
 * }</pre>
 */
public final class UnsubscribeTokens {

    /** Who a valid token unsubscribes. */
    public record Subject(TenantId tenant, String email) {}

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final byte[] secret;

    public UnsubscribeTokens(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("the unsubscribe secret must have at least 32 bytes");
        }
        this.secret = secret.clone();
    }

    public String issue(TenantId tenant, String email) {
        String payload = tenant.value() + "|" + Suppression.key(email);
        byte[] p = payload.getBytes(StandardCharsets.UTF_8);
        return B64.encodeToString(p) + "." + B64.encodeToString(mac(tenant, p));
    }

    /** The subject of a token this deployment issued; empty for anything else (malformed, forged, altered). */
    public Optional<Subject> verify(String token) {
        if (token == null || token.length() > 1_000) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        try {
            byte[] p = B64D.decode(token.substring(0, dot));
            byte[] sig = B64D.decode(token.substring(dot + 1));
            String payload = new String(p, StandardCharsets.UTF_8);
            int bar = payload.indexOf('|');
            if (bar != 36) {
                return Optional.empty();
            }
            TenantId tenant = new TenantId(UUID.fromString(payload.substring(0, bar)));
            if (!MessageDigest.isEqual(sig, mac(tenant, p))) {
                return Optional.empty();
            }
            String email = payload.substring(bar + 1);
            return email.isEmpty() ? Optional.empty() : Optional.of(new Subject(tenant, email));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(TenantId tenant, byte[] payload) {
        try {
            Mac tenantKey = Mac.getInstance("HmacSHA256");
            tenantKey.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] key = tenantKey.doFinal(("unsubscribe|" + tenant.value()).getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every JVM", e);
        }
    }
}

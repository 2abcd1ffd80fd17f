package com.benchcrm.secrets;

import com.benchcrm.tenancy.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a secret under a fresh data key wrapped by the tenant's key, and opens it again. A sealed
 * value is {@code v1.<keyRef>.<wrapped data key>.<iv>.<ciphertext>} (base64url parts): AES-256-GCM
 * with the tenant and a context (the subscription id) as associated data, so a sealed value copied to
 * another tenant or row does not open.
 *
 * <pre>{@code
 * SecretSealer sealer = new SecretSealer(dataKeys);
 * String stored = sealer.seal(tenant, "webhook:" + id, "whsec_...");
 * String secret = sealer.open(tenant, "webhook:" + id, stored);
 * }</pre>
 */
public final class SecretSealer {

    public static final String PREFIX = "v1.";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final DataKeys keys;
    private final SecureRandom random = new SecureRandom();

    public SecretSealer(DataKeys keys) {
        this.keys = keys;
    }

    /** Whether a stored value is sealed (not a secret written before sealing existed). */
    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /** Which key wrapped a sealed value's data key ({@code kms}, {@code local-2}). */
    public static String keyRef(String sealed) {
        String[] parts = split(sealed);
        return parts[1];
    }

    public String seal(TenantId tenant, String context, String secret) {
        DataKey key = keys.generate(tenant);
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key.plaintext(), "AES"), new GCMParameterSpec(TAG_BITS, iv));
            c.updateAAD(aad(tenant, context));
            byte[] ct = c.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return PREFIX + key.keyRef() + "." + B64.encodeToString(key.wrapped()) + "." + B64.encodeToString(iv) + "."
                    + B64.encodeToString(ct);
        } catch (GeneralSecurityException e) {
            throw new SecretUnavailableException("the secret could not be encrypted (" + e.getClass().getSimpleName() + ")", e);
        } finally {
            Arrays.fill(key.plaintext(), (byte) 0);
        }
    }

    /**
     * @throws SecretUnavailableException when the data key cannot be unwrapped or the value was
     *                                    altered, sealed for another tenant or another context
     */
    public String open(TenantId tenant, String context, String sealed) {
        String[] parts = split(sealed);
        byte[] dataKey = keys.unwrap(tenant, parts[1], decode(parts[2]));
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(dataKey, "AES"), new GCMParameterSpec(TAG_BITS, decode(parts[3])));
            c.updateAAD(aad(tenant, context));
            return new String(c.doFinal(decode(parts[4])), StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new SecretUnavailableException("the sealed secret does not open: altered, or sealed for another tenant or record");
        } catch (GeneralSecurityException e) {
            throw new SecretUnavailableException("the secret could not be decrypted (" + e.getClass().getSimpleName() + ")", e);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    private static String[] split(String sealed) {
        String[] parts = sealed == null ? new String[0] : sealed.split("\\.");
        if (parts.length != 5 || !"v1".equals(parts[0])) {
            throw new SecretUnavailableException("the stored secret is not a sealed value of a known version");
        }
        return parts;
    }

    private static byte[] decode(String part) {
        try {
            return B64D.decode(part);
        } catch (IllegalArgumentException e) {
            throw new SecretUnavailableException("the stored secret is not a sealed value of a known version");
        }
    }

    private static byte[] aad(TenantId tenant, String context) {
        return ("benchcrm:" + tenant.value() + ":" + context).getBytes(StandardCharsets.UTF_8);
    }
}

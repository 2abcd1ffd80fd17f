package com.benchcrm.marketing;

import com.benchcrm.tenancy.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/**
 * The code a hot list shows instead of a consultant's name: {@code BC-} and eight hexadecimal
 * digits of SHA-256 over the tenant and the consultant's id. Stable (the same consultant always has
 * the same code, so a vendor can answer "send me BC-1A2B3C4D's resume"), different per tenant, and
 * carrying nothing about the person. A recruiter finds the consultant by it with
 * {@code GET /v1/hot-lists/{id}/preview}'s lines, which pair each code with the consultant's id.
 */
public final class ReferenceCodes {

    private ReferenceCodes() {}

    public static String of(TenantId tenant, UUID consultantId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((tenant.value() + "|" + consultantId).getBytes(StandardCharsets.UTF_8));
            return "BC-" + HexFormat.of().formatHex(digest, 0, 4).toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}

package com.benchcrm.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures (https://www.standardwebhooks.com): the headers {@code webhook-id},
 * {@code webhook-timestamp} (Unix seconds) and {@code webhook-signature}
 * ({@code v1,<base64 HMAC-SHA256>}, space-separated when there are several), over
 * {@code <id>.<timestamp>.<body>}, keyed with the base64 bytes after {@code whsec_}.
 *
 * <pre>{@code
 * String secret = WebhookSignature.newSecret();                      // whsec_...
 * Map<String, String> headers = WebhookSignature.headers(secret, deliveryId, Instant.now(), body);
 * boolean ok = WebhookSignature.verify(secret, headers, body, Instant.now(), Duration.ofMinutes(5));
 * }</pre>
 */
public final class WebhookSignature {

    public static final String PREFIX = "whsec_";
    public static final String ID = "webhook-id";
    public static final String TIMESTAMP = "webhook-timestamp";
    public static final String SIGNATURE = "webhook-signature";

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {}

    /** A new secret: {@code whsec_} and 32 random bytes in base64. */
    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** Key sizes the Standard Webhooks specification allows: 24 to 64 bytes. */
    public static final int MIN_KEY_BYTES = 24;

    public static final int MAX_KEY_BYTES = 64;

    /**
     * Checks a secret given from outside (a deployment's Secrets Manager secret): {@code whsec_}, then
     * base64 of {@value #MIN_KEY_BYTES} to {@value #MAX_KEY_BYTES} bytes.
     *
     * @throws IllegalArgumentException naming the rule, never containing the secret
     */
    public static void requireValid(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a webhook secret starts with " + PREFIX);
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a webhook secret is " + PREFIX + " followed by base64");
        }
        if (key.length < MIN_KEY_BYTES || key.length > MAX_KEY_BYTES) {
            throw new IllegalArgumentException("a webhook secret's key is " + MIN_KEY_BYTES + " to " + MAX_KEY_BYTES
                    + " bytes, not " + key.length);
        }
    }

    /** {@code v1,<base64>} for one message. */
    public static String sign(String secret, String messageId, long timestampSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
            byte[] digest =
                    mac.doFinal((messageId + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** The three headers of one attempt. */
    public static Map<String, String> headers(String secret, String messageId, Instant at, String body) {
        long ts = at.getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(ID, messageId);
        headers.put(TIMESTAMP, Long.toString(ts));
        headers.put(SIGNATURE, sign(secret, messageId, ts, body));
        return headers;
    }

    /**
     * What a receiver does: true when one of the {@code v1} signatures matches (compared in constant
     * time) and the timestamp is within {@code tolerance} of {@code now}.
     *
     * @param headers lower-case header names
     */
    public static boolean verify(
            String secret, Map<String, String> headers, String body, Instant now, Duration tolerance) {
        String id = headers.get(ID);
        String ts = headers.get(TIMESTAMP);
        String signatures = headers.get(SIGNATURE);
        if (id == null || ts == null || signatures == null) {
            return false;
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(ts.trim());
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(now.getEpochSecond() - timestamp) > tolerance.toSeconds()) {
            return false;
        }
        byte[] expected = sign(secret, id, timestamp, body).getBytes(StandardCharsets.US_ASCII);
        for (String candidate : signatures.trim().split(" +")) {
            if (MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }

    private static byte[] key(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a webhook secret starts with " + PREFIX);
        }
        return Base64.getDecoder().decode(secret.substring(PREFIX.length()));
    }
}

package com.benchcrm.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 fingerprints of values, computed over their canonical (sorted-key) JSON. */
public final class Hashing {

    private Hashing() {}

    /** Hex SHA-256 of the canonical JSON of {@code value}; {@code null} hashes to {@code null}. */
    public static String canonicalSha256(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return sha256(Json.canonical().writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot hash " + value.getClass().getSimpleName(), e);
        }
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

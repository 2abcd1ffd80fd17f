package com.benchcrm.secrets;

/**
 * A fresh data key: the plaintext (used once, to encrypt one secret, then dropped) and the same key
 * wrapped by the tenant's key (stored beside the ciphertext).
 *
 * @param keyRef which key wrapped it ({@code kms}, {@code local-2}): letters, digits, {@code -} and {@code _}
 */
public record DataKey(String keyRef, byte[] plaintext, byte[] wrapped) {

    public DataKey {
        if (keyRef == null || !keyRef.matches("[A-Za-z0-9_-]{1,40}")) {
            throw new IllegalArgumentException("a key reference is 1-40 letters, digits, - or _");
        }
        if (plaintext == null || plaintext.length != 32) {
            throw new IllegalArgumentException("a data key is 256 bits");
        }
    }
}

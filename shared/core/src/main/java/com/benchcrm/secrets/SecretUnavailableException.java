package com.benchcrm.secrets;

/**
 * A secret could not be sealed or opened: the key service refused or was unreachable, the key that
 * wrapped it is gone, or the stored value was altered. The message says which, never the secret.
 * The HTTP API answers 503 {@code secret-key-unavailable}; webhook delivery records a failed attempt
 * and retries.
 */
public final class SecretUnavailableException extends RuntimeException {

    public SecretUnavailableException(String message) {
        super(message);
    }

    public SecretUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

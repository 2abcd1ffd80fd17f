package com.benchcrm.function.provisioning;

/** A secret could not be read, or does not hold what it should (database credentials, a webhook signing secret). */
public final class SecretUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SecretUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public SecretUnavailableException(String message) {
        super(message);
    }
}

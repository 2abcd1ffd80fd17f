package com.benchcrm.persistence;

/**
 * The store failed for a reason the caller cannot fix by changing its input. Its message never
 * quotes row values; {@link #code()} is the store's own error code when it gave one (a PostgreSQL
 * SQLSTATE).
 */
public class PersistenceException extends RuntimeException {

    private final String code;

    public PersistenceException(String message, String code, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** The store's error code (PostgreSQL: the SQLSTATE), or null. */
    public String code() {
        return code;
    }
}

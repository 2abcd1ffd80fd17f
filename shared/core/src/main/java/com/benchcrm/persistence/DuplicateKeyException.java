package com.benchcrm.persistence;

/**
 * A write broke a unique key, named by {@link #key()} (the schema's constraint or unique index
 * name, such as {@code consultant_email_key}: the in-memory repositories use the same names). The
 * transaction was rolled back.
 */
public final class DuplicateKeyException extends PersistenceException {

    private final String key;

    public DuplicateKeyException(String key, String message, Throwable cause) {
        super(message, "23505", cause);
        this.key = key == null ? "" : key;
    }

    public DuplicateKeyException(String key) {
        this(key, "duplicate key " + key, null);
    }

    /** The unique key's name, or an empty string when the store did not say. */
    public String key() {
        return key;
    }
}

package com.benchcrm.common;

/** The write collides with existing state: a duplicate key, or an idempotency key reused for another request. */
public final class ConflictException extends BenchCrmException {

    private final String reason;

    public ConflictException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** A stable machine-readable reason, e.g. {@code duplicate} or {@code idempotency-key-reused}. */
    public String reason() {
        return reason;
    }
}

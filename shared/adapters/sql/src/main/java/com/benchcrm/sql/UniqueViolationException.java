package com.benchcrm.sql;

/** A unique constraint refused the write (SQLSTATE 23505). */
public final class UniqueViolationException extends SqlException {

    private final String constraint;

    public UniqueViolationException(String constraint, String message, Throwable cause) {
        super(message, "23505", cause);
        this.constraint = constraint;
    }

    /** The constraint or unique index name, or an empty string when the database did not say. */
    public String constraint() {
        return constraint;
    }
}

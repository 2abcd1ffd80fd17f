package com.benchcrm.sql;

/** A statement failed for a reason the caller cannot fix by changing its input. */
public class SqlException extends RuntimeException {

    private final String sqlState;

    public SqlException(String message) {
        this(message, null, null);
    }

    public SqlException(String message, String sqlState, Throwable cause) {
        super(message, cause);
        this.sqlState = sqlState;
    }

    /** The PostgreSQL SQLSTATE, when the database reported one. */
    public String sqlState() {
        return sqlState;
    }
}

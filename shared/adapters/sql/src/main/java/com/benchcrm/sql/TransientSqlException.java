package com.benchcrm.sql;

/** A serialization failure or deadlock that outlived the adapter's retries (SQLSTATE 40001, 40P01). */
public final class TransientSqlException extends SqlException {

    public TransientSqlException(String message, String sqlState, Throwable cause) {
        super(message, sqlState, cause);
    }
}

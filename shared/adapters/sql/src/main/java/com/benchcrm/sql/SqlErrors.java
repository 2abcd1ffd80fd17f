package com.benchcrm.sql;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a PostgreSQL SQLSTATE and message into the port's exceptions, for both adapters. */
public final class SqlErrors {

    private static final Pattern CONSTRAINT = Pattern.compile("constraint \"([^\"]+)\"");
    private static final Pattern SQL_STATE = Pattern.compile("SQLState: ([0-9A-Z]{5})");

    private SqlErrors() {}

    /** True for failures that a fresh attempt of the same transaction may not hit again. */
    public static boolean isRetryable(String sqlState) {
        return "40001".equals(sqlState) || "40P01".equals(sqlState);
    }

    /**
     * @param constraint the violated constraint when the driver reports it separately, else null
     * @param message    the database's primary message (without the DETAIL line, which may hold row values)
     */
    public static SqlException translate(String sqlState, String constraint, String message, Throwable cause) {
        String safeMessage = message == null ? "database error" : message;
        if ("23505".equals(sqlState)) {
            if (constraint == null) {
                Matcher m = CONSTRAINT.matcher(safeMessage);
                constraint = m.find() ? m.group(1) : "";
            }
            int detail = safeMessage.indexOf("\n");
            return new UniqueViolationException(
                    constraint, detail > 0 ? safeMessage.substring(0, detail) : safeMessage, cause);
        }
        if (isRetryable(sqlState)) {
            return new TransientSqlException(safeMessage, sqlState, cause);
        }
        return new SqlException(safeMessage, sqlState, cause);
    }

    /** Finds {@code SQLState: XXXXX} in a message (the Data API puts it there). */
    public static String sqlStateIn(String message) {
        if (message == null) {
            return null;
        }
        Matcher m = SQL_STATE.matcher(message);
        return m.find() ? m.group(1) : null;
    }
}

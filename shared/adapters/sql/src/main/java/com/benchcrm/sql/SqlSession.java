package com.benchcrm.sql;

import java.util.List;
import java.util.Optional;

/** Statements inside one open transaction. */
public interface SqlSession {

    /** Runs a statement that returns rows (a select, or a write with {@code returning}). */
    List<Row> query(String sql, SqlParams params);

    /** Runs a statement and returns the number of rows it changed. */
    long update(String sql, SqlParams params);

    default List<Row> query(String sql) {
        return query(sql, SqlParams.none());
    }

    default Optional<Row> queryOne(String sql, SqlParams params) {
        List<Row> rows = query(sql, params);
        if (rows.size() > 1) {
            throw new SqlException("expected at most one row, got " + rows.size());
        }
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }
}

package com.benchcrm.sql;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Named statement parameters. Allowed values: {@code String}, {@code Integer}, {@code Long},
 * {@code Double}, {@code BigDecimal}, {@code Boolean}, {@code UUID}, {@code Instant},
 * {@code LocalDate}, {@code byte[]}, {@link SqlJson} and {@code null}. Anything else is a
 * programming error and is refused here, before either adapter sees it.
 */
public final class SqlParams {

    private static final SqlParams NONE = new SqlParams();

    private final Map<String, Object> values = new LinkedHashMap<>();

    private SqlParams() {}

    public static SqlParams none() {
        return NONE;
    }

    public static SqlParams of(String name, Object value) {
        return new SqlParams().and(name, value);
    }

    /** Returns a copy with one more parameter (instances are never mutated once shared). */
    public SqlParams and(String name, Object value) {
        if (!(value == null
                || value instanceof String
                || value instanceof Integer
                || value instanceof Long
                || value instanceof Double
                || value instanceof BigDecimal
                || value instanceof Boolean
                || value instanceof UUID
                || value instanceof Instant
                || value instanceof LocalDate
                || value instanceof byte[]
                || value instanceof SqlJson)) {
            throw new IllegalArgumentException("unsupported SQL parameter type for :" + name + ": " + value.getClass());
        }
        SqlParams copy = new SqlParams();
        copy.values.putAll(values);
        copy.values.put(name, value);
        return copy;
    }

    public Map<String, Object> asMap() {
        return Collections.unmodifiableMap(values);
    }
}

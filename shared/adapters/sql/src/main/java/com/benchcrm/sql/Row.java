package com.benchcrm.sql;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One result row, by column label. Adapters hand over values in their natural form (JDBC: UUID,
 * OffsetDateTime, BigDecimal; Data API: mostly strings with type metadata); the getters coerce, so
 * use cases read the same way whatever carried the row.
 */
public final class Row {

    private static final DateTimeFormatter PG_TIMESTAMP = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss")
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd()
            .toFormatter();

    private final Map<String, Object> values;

    public Row(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public boolean has(String column) {
        return values.containsKey(column);
    }

    public boolean isNull(String column) {
        return raw(column) == null;
    }

    public Object raw(String column) {
        if (!values.containsKey(column)) {
            throw new SqlException("no column '" + column + "' in row " + values.keySet());
        }
        return values.get(column);
    }

    public String string(String column) {
        Object v = raw(column);
        return v == null ? null : v.toString();
    }

    public UUID uuid(String column) {
        Object v = raw(column);
        return v == null ? null : v instanceof UUID u ? u : UUID.fromString(v.toString());
    }

    public Long longValue(String column) {
        Object v = raw(column);
        return v == null ? null : v instanceof Number n ? n.longValue() : Long.parseLong(v.toString());
    }

    public Integer intValue(String column) {
        Long v = longValue(column);
        return v == null ? null : Math.toIntExact(v);
    }

    public Double doubleValue(String column) {
        Object v = raw(column);
        return v == null ? null : v instanceof Number n ? n.doubleValue() : Double.parseDouble(v.toString());
    }

    public BigDecimal decimal(String column) {
        Object v = raw(column);
        if (v == null) {
            return null;
        }
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof Long || v instanceof Integer) {
            return BigDecimal.valueOf(((Number) v).longValue());
        }
        return new BigDecimal(v.toString());
    }

    public Boolean bool(String column) {
        Object v = raw(column);
        if (v == null) {
            return null;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        String s = v.toString();
        return "t".equals(s) || "true".equalsIgnoreCase(s);
    }

    public Instant instant(String column) {
        Object v = raw(column);
        if (v == null) {
            return null;
        }
        if (v instanceof Instant i) {
            return i;
        }
        if (v instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return parseInstant(v.toString());
    }

    public LocalDate date(String column) {
        Object v = raw(column);
        if (v == null) {
            return null;
        }
        return v instanceof LocalDate d ? d : LocalDate.parse(v.toString().substring(0, 10));
    }

    @SuppressWarnings("unchecked")
    public List<String> stringList(String column) {
        Object v = raw(column);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> list) {
            return list.stream().map(o -> o == null ? null : o.toString()).toList();
        }
        throw new SqlException(
                "column '" + column + "' is not an array: " + v.getClass().getSimpleName());
    }

    /**
     * Parses PostgreSQL's text forms of a timestamp: {@code 2024-05-01 10:00:00.123456} (the Data
     * API's format, UTC because the application role's time zone is UTC), with an offset
     * ({@code +00}, {@code +05:30}) or ISO-8601.
     */
    static Instant parseInstant(String text) {
        String s = text.trim();
        if (s.indexOf('T') > 0) {
            return OffsetDateTime.parse(s).toInstant();
        }
        int offsetAt = Math.max(s.lastIndexOf('+'), s.lastIndexOf('-'));
        if (offsetAt > 10) {
            String offset = s.substring(offsetAt);
            if (offset.length() == 3) {
                offset = offset + ":00";
            }
            LocalDateTime local = LocalDateTime.parse(s.substring(0, offsetAt), PG_TIMESTAMP);
            return local.atOffset(ZoneOffset.of(offset)).toInstant();
        }
        if (s.endsWith("Z")) {
            s = s.substring(0, s.length() - 1);
        }
        return LocalDateTime.parse(s, PG_TIMESTAMP).toInstant(ZoneOffset.UTC);
    }

    @Override
    public String toString() {
        return "Row" + values.keySet();
    }
}

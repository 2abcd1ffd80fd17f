package com.benchcrm.sql.rdsdata;

import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlException;
import com.benchcrm.sql.SqlJson;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.rdsdata.model.ArrayValue;
import software.amazon.awssdk.services.rdsdata.model.ColumnMetadata;
import software.amazon.awssdk.services.rdsdata.model.Field;
import software.amazon.awssdk.services.rdsdata.model.SqlParameter;
import software.amazon.awssdk.services.rdsdata.model.TypeHint;

/** Java values to Data API parameters, and Data API fields back to the values a {@link Row} holds. */
final class DataApiValues {

    /** The {@code TIMESTAMP} type hint's text form; always UTC, always microseconds (PostgreSQL's resolution). */
    static final DateTimeFormatter TIMESTAMP_PARAM = DateTimeFormatter.ofPattern(
                    "yyyy-MM-dd HH:mm:ss.SSSSSS", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter PG_TIMESTAMP = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss")
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd()
            .toFormatter(Locale.ROOT);

    private DataApiValues() {}

    // ---------------------------------------------------------------- parameters

    /**
     * One named parameter. Arrays are not among {@link com.benchcrm.sql.SqlParams}' types, and the
     * Data API could not bind them anyway: bulk rows travel as one {@link SqlJson}.
     */
    static SqlParameter parameter(String name, Object value) {
        SqlParameter.Builder p = SqlParameter.builder().name(name);
        switch (value) {
            case null -> p.value(Field.fromIsNull(true));
            case String s -> p.value(Field.fromStringValue(s));
            case Integer n -> p.value(Field.fromLongValue(n.longValue()));
            case Long n -> p.value(Field.fromLongValue(n));
            case Double d -> p.value(Field.fromDoubleValue(d));
            case BigDecimal d ->
                p.value(Field.fromStringValue(d.toPlainString())).typeHint(TypeHint.DECIMAL);
            case Boolean b -> p.value(Field.fromBooleanValue(b));
            case UUID u -> p.value(Field.fromStringValue(u.toString())).typeHint(TypeHint.UUID);
            case Instant t ->
                p.value(Field.fromStringValue(TIMESTAMP_PARAM.format(t))).typeHint(TypeHint.TIMESTAMP);
            case LocalDate d -> p.value(Field.fromStringValue(d.toString())).typeHint(TypeHint.DATE);
            case byte[] b -> p.value(Field.fromBlobValue(SdkBytes.fromByteArray(b)));
            case SqlJson j -> p.value(Field.fromStringValue(j.json())).typeHint(TypeHint.JSON);
            default -> throw new SqlException("unsupported parameter type for :" + name + ": " + value.getClass());
        }
        return p.build();
    }

    // ---------------------------------------------------------------- results

    static List<Row> rows(List<ColumnMetadata> columns, List<List<Field>> records) {
        if (records == null || records.isEmpty()) {
            return List.of();
        }
        if (columns == null || columns.isEmpty()) {
            throw new SqlException("the Data API returned records without column metadata");
        }
        int width = columns.size();
        String[] labels = new String[width];
        String[] types = new String[width];
        for (int c = 0; c < width; c++) {
            ColumnMetadata md = columns.get(c);
            String label = md.label();
            labels[c] = label == null || label.isEmpty() ? md.name() : label;
            types[c] = md.typeName() == null ? "" : md.typeName().toLowerCase(Locale.ROOT);
        }
        List<Row> rows = new ArrayList<>(records.size());
        for (List<Field> record : records) {
            if (record.size() != width) {
                throw new SqlException("a Data API record has " + record.size() + " fields for " + width + " columns");
            }
            Map<String, Object> values = new HashMap<>(width * 2);
            for (int c = 0; c < width; c++) {
                values.put(labels[c], value(record.get(c), types[c]));
            }
            rows.add(new Row(values));
        }
        return rows;
    }

    /** One field, in the type its column's {@code typeName} calls for where the wire form is a string. */
    static Object value(Field field, String typeName) {
        return switch (field.type()) {
            case IS_NULL -> null;
            case LONG_VALUE -> field.longValue();
            case DOUBLE_VALUE -> field.doubleValue();
            case BOOLEAN_VALUE -> field.booleanValue();
            case BLOB_VALUE -> field.blobValue().asByteArray();
            case ARRAY_VALUE -> array(field.arrayValue());
            case STRING_VALUE -> typed(field.stringValue(), typeName);
            case UNKNOWN_TO_SDK_VERSION ->
                throw new SqlException("the Data API returned a field of a kind this SDK does not know: " + field);
        };
    }

    /**
     * Converts a string-carried value by its column type. A value PostgreSQL can hold but Java cannot
     * ({@code infinity} timestamps, {@code NaN} numerics) stays a string: the row still loads, and only
     * a caller reading that column through a typed getter sees the failure.
     */
    static Object typed(String text, String typeName) {
        try {
            return switch (typeName) {
                case "uuid" -> UUID.fromString(text);
                case "numeric", "decimal" -> new BigDecimal(text);
                case "timestamptz", "timestamp", "timestamp with time zone", "timestamp without time zone" ->
                    parseInstant(text);
                case "date" -> LocalDate.parse(text);
                default -> text; // text, varchar, json, jsonb, enums, time, interval, inet, ...
            };
        } catch (IllegalArgumentException | DateTimeException e) {
            return text;
        }
    }

    static List<Object> array(ArrayValue array) {
        List<?> items = switch (array.type()) {
            case STRING_VALUES -> array.stringValues();
            case LONG_VALUES -> array.longValues();
            case DOUBLE_VALUES -> array.doubleValues();
            case BOOLEAN_VALUES -> array.booleanValues();
            case ARRAY_VALUES ->
                array.arrayValues().stream().map(DataApiValues::array).toList();
            // an empty array arrives as {} (no member), which the SDK reports as of no known type
            case UNKNOWN_TO_SDK_VERSION -> List.of();
        };
        return new ArrayList<>(items); // nulls allowed (SQL arrays may hold NULL); List.copyOf would refuse them
    }

    /**
     * PostgreSQL's text forms of a timestamp: {@code 2024-05-01 10:00:00[.ffffff]} without an offset
     * (read as UTC: the Data API reports {@code timestamptz} in UTC, and a {@code timestamp} column is
     * stored as UTC by this application), with an offset ({@code +00}, {@code +05:30}), or ISO-8601.
     */
    static Instant parseInstant(String text) {
        String s = text.trim();
        if (s.indexOf('T') > 0) {
            return OffsetDateTime.parse(s).toInstant();
        }
        if (s.endsWith("Z")) {
            return LocalDateTime.parse(s.substring(0, s.length() - 1), PG_TIMESTAMP)
                    .toInstant(ZoneOffset.UTC);
        }
        int offsetAt = Math.max(s.lastIndexOf('+'), s.lastIndexOf('-'));
        if (offsetAt > 10) {
            String offset = s.substring(offsetAt);
            if (offset.length() == 3) {
                offset = offset + ":00";
            }
            return LocalDateTime.parse(s.substring(0, offsetAt), PG_TIMESTAMP)
                    .atOffset(ZoneOffset.of(offset))
                    .toInstant();
        }
        return LocalDateTime.parse(s, PG_TIMESTAMP).toInstant(ZoneOffset.UTC);
    }
}

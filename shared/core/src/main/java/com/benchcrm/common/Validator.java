package com.benchcrm.common;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects field violations of one input and throws them together.
 *
 * <pre>{@code
 * Validator v = new Validator();
 * v.required("/fullName", input.fullName(), 200);
 * v.throwIfInvalid();
 * }</pre>
 */
public final class Validator {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern CURRENCY = Pattern.compile("^[A-Z]{3}$");
    private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");

    private final List<ValidationException.FieldError> errors = new ArrayList<>();

    public Validator required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            add(field, "is required");
        } else {
            maxLength(field, value, maxLength);
        }
        return this;
    }

    public Validator required(String field, Object value) {
        if (value == null) {
            add(field, "is required");
        }
        return this;
    }

    public Validator maxLength(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            add(field, "must be at most " + maxLength + " characters");
        }
        if (value != null && value.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            add(field, "must not contain control characters");
        }
        return this;
    }

    public Validator email(String field, String value) {
        if (value != null && (value.length() > 254 || !EMAIL.matcher(value).matches())) {
            add(field, "must be an email address");
        }
        return this;
    }

    public Validator currency(String field, String value) {
        if (value != null && !CURRENCY.matcher(value).matches()) {
            add(field, "must be an ISO 4217 code such as USD");
        }
        return this;
    }

    public Validator country(String field, String value) {
        if (value != null && !COUNTRY.matcher(value).matches()) {
            add(field, "must be an ISO 3166-1 alpha-2 code such as US");
        }
        return this;
    }

    public Validator range(String field, BigDecimal value, BigDecimal min, BigDecimal max) {
        if (value != null && (value.compareTo(min) < 0 || value.compareTo(max) > 0)) {
            add(field, "must be between " + min.toPlainString() + " and " + max.toPlainString());
        }
        return this;
    }

    /** Years are stored with one decimal; more would be rounded silently, so it is refused. */
    public Validator years(String field, BigDecimal value, int max) {
        range(field, value, BigDecimal.ZERO, BigDecimal.valueOf(max));
        if (value != null && value.stripTrailingZeros().scale() > 1) {
            add(field, "must have at most one decimal");
        }
        return this;
    }

    public Validator check(boolean ok, String field, String message) {
        if (!ok) {
            add(field, message);
        }
        return this;
    }

    public void add(String field, String message) {
        errors.add(new ValidationException.FieldError(field, message));
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}

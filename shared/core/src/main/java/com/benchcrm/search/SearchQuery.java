package com.benchcrm.search;

import com.benchcrm.common.InvalidRequestException;
import com.benchcrm.common.WorkAuthorization;
import com.benchcrm.requirement.RequirementStatus;
import com.benchcrm.requirement.WorkMode;
import com.benchcrm.vector.EntityKind;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;

/**
 * What {@code GET /v1/search} asks for.
 *
 * @param text              what the user typed (1 to 500 characters): web-search syntax for the full-text half
 *                          ({@code "data engineer" -junior}), plain meaning for the vector half
 * @param kind              consultants (default) or requirements
 * @param state             two-letter US state or region, either kind
 * @param workAuthorization consultants only
 * @param availableBy       consultants only: available on or before this date
 * @param status            requirements only
 * @param workMode          requirements only
 * @param limit             1 to 50 (default 20)
 */
public record SearchQuery(
        String text,
        EntityKind kind,
        String state,
        WorkAuthorization workAuthorization,
        LocalDate availableBy,
        RequirementStatus status,
        WorkMode workMode,
        int limit,
        String tag) {

    /** A query without a tag filter. */
    public SearchQuery(
            String text,
            EntityKind kind,
            String state,
            WorkAuthorization workAuthorization,
            LocalDate availableBy,
            RequirementStatus status,
            WorkMode workMode,
            int limit) {
        this(text, kind, state, workAuthorization, availableBy, status, workMode, limit, null);
    }

    public static final int MAX_TEXT = 500;
    public static final int MAX_LIMIT = 50;

    public SearchQuery {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException("q", "is required");
        }
        text = text.strip();
        if (text.length() > MAX_TEXT) {
            throw new InvalidRequestException("q", "must be at most " + MAX_TEXT + " characters");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidRequestException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (kind == EntityKind.REQUIREMENT && (workAuthorization != null || availableBy != null)) {
            throw new InvalidRequestException(
                    workAuthorization != null ? "workAuthorization" : "availableBy",
                    "filters consultants, not requirements");
        }
        if (kind == EntityKind.CONSULTANT && (status != null || workMode != null)) {
            throw new InvalidRequestException(
                    status != null ? "status" : "workMode", "filters requirements, not consultants");
        }
    }

    /** Parses query parameters; each bad value is a 400 that names the parameter. */
    public static SearchQuery parse(Function<String, String> param) {
        String type = param.apply("type");
        EntityKind kind = type == null || type.equals("consultant")
                ? EntityKind.CONSULTANT
                : type.equals("requirement") ? EntityKind.REQUIREMENT : null;
        if (kind == null) {
            throw new InvalidRequestException("type", "must be consultant or requirement");
        }
        String state = param.apply("state");
        if (state != null && !state.matches("[A-Za-z]{2,3}")) {
            throw new InvalidRequestException("state", "must be a 2-3 letter state or region code");
        }
        return new SearchQuery(
                param.apply("q"),
                kind,
                state == null ? null : state.toUpperCase(Locale.ROOT),
                enumParam(param, "workAuthorization", WorkAuthorization.class),
                date(param, "availableBy"),
                enumParam(param, "status", RequirementStatus.class),
                enumParam(param, "workMode", WorkMode.class),
                com.benchcrm.common.QueryParams.integer(param, "limit", 20),
                com.benchcrm.common.Tags.filter(param.apply("tag")).orElse(null));
    }

    private static <E extends Enum<E>> E enumParam(Function<String, String> param, String name, Class<E> type) {
        String v = param.apply(name);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(
                    name, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private static LocalDate date(Function<String, String> param, String name) {
        String v = param.apply(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidRequestException(name, "must be a date (YYYY-MM-DD)");
        }
    }
}

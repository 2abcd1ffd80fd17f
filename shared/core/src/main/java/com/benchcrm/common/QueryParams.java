package com.benchcrm.common;

import java.util.Locale;
import java.util.function.Function;

/** Optional query parameters read the same way everywhere: a bad value is a 400 that names the parameter. */
public final class QueryParams {

    private QueryParams() {}

    public static int integer(Function<String, String> params, String name, int fallback) {
        String v = params.apply(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name, "must be an integer");
        }
    }

    public static boolean bool(Function<String, String> params, String name, boolean fallback) {
        String v = params.apply(name);
        if (v == null) {
            return fallback;
        }
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidRequestException(name, "must be true or false");
        };
    }
}

package com.benchcrm.common;

import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * How every function reads its environment: a blank value is an unset one, and each bad value adds
 * one line to {@code problems}, so a function's config reports everything wrong at once.
 *
 * <pre>{@code
 * List<String> problems = new ArrayList<>();
 * String url = EnvReader.required(env, "BENCHCRM_JDBC_URL", problems);
 * int pool = EnvReader.integer(env, "BENCHCRM_JDBC_POOL_SIZE", 2, problems);
 * EnvReader.failIfAny("the HTTP API function", problems);
 * }</pre>
 */
public final class EnvReader {

    private EnvReader() {}

    /** The trimmed value, or empty when unset or blank. */
    public static Optional<String> optional(Function<String, String> env, String name) {
        String v = env.apply(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    /** The trimmed value; null and a problem when unset or blank. */
    public static String required(Function<String, String> env, String name, List<String> problems) {
        Optional<String> v = optional(env, name);
        if (v.isEmpty()) {
            problems.add(name + " is not set");
        }
        return v.orElse(null);
    }

    /** {@code true} only when the value is {@code true} (any case). */
    public static boolean flag(Function<String, String> env, String name) {
        return optional(env, name).map("true"::equalsIgnoreCase).orElse(false);
    }

    public static Optional<URI> uri(Function<String, String> env, String name, List<String> problems) {
        Optional<String> v = optional(env, name);
        try {
            return v.map(URI::create);
        } catch (IllegalArgumentException e) {
            problems.add(name + " is not a URL");
            return Optional.empty();
        }
    }

    /** A positive integer, or {@code fallback} when unset. */
    public static int integer(Function<String, String> env, String name, int fallback, List<String> problems) {
        long n = number(env, name, fallback, problems);
        if (n > Integer.MAX_VALUE) {
            problems.add(name + " is too large: " + n);
            return fallback;
        }
        return (int) n;
    }

    /** A positive long, or {@code fallback} when unset. */
    public static long number(Function<String, String> env, String name, long fallback, List<String> problems) {
        Optional<String> v = optional(env, name);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            long n = Long.parseLong(v.get());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problems.add(name + " must be a positive integer, not " + v.get());
        return fallback;
    }

    /** A positive ISO-8601 duration ({@code PT30S}), or {@code fallback} when unset. */
    public static Duration duration(
            Function<String, String> env, String name, Duration fallback, List<String> problems) {
        Optional<String> v = optional(env, name);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            Duration d = Duration.parse(v.get());
            if (!d.isNegative() && !d.isZero()) {
                return d;
            }
        } catch (DateTimeParseException ignored) {
            // reported below
        }
        problems.add(name + " must be a positive ISO-8601 duration such as PT30S, not " + v.get());
        return fallback;
    }

    /** One of an enum's constants, case-insensitive; {@code fallback} when unset, null and a problem when unknown. */
    public static <E extends Enum<E>> E enumOf(
            Function<String, String> env, String name, Class<E> type, E fallback, List<String> problems) {
        Optional<String> v = optional(env, name);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, v.get().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(name + " must be one of "
                    + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT) + ", not " + v.get());
            return null;
        }
    }

    /** Throws when anything was wrong: {@code "<what> is not configured: a; b; c"}. */
    public static void failIfAny(String what, List<String> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalStateException(what + " is not configured: " + String.join("; ", problems));
        }
    }
}

package com.benchcrm.common;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recruiters' labels on consultants and requirements ("hot", "h1b-transfer", "rtr-pending"): trimmed,
 * lower case, inner whitespace as one hyphen, 1-50 characters of letters, digits and {@code - _ . + #},
 * at most {@value #MAX} per record, repeats dropped, order kept.
 *
 * <pre>{@code
 * Tags.normalize(List.of(" Hot ", "H1B Transfer", "hot"))  // ["hot", "h1b-transfer"]
 * Tags.key("HOT")                                          // "hot", as a ?tag= filter compares
 * }</pre>
 */
public final class Tags {

    public static final int MAX = 20;
    private static final Pattern TAG = Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N}._+#-]{0,49}$");

    private Tags() {}

    /** The tags as stored; throws a {@link ValidationException} pointing at each bad one ({@code /tags/2}). */
    public static List<String> normalize(List<String> tags) {
        Validator v = new Validator();
        if (tags == null) {
            v.add("/tags", "is required (an empty list removes every tag)");
            v.throwIfInvalid();
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            String t = tags.get(i);
            if (t == null || t.isBlank()) {
                v.add("/tags/" + i, "must not be empty");
                continue;
            }
            String k = key(t);
            if (!TAG.matcher(k).matches()) {
                v.add("/tags/" + i, "must be 1-50 letters, digits or - _ . + # (spaces become -)");
                continue;
            }
            out.add(k);
        }
        v.check(out.size() <= MAX, "/tags", "at most " + MAX + " tags");
        v.throwIfInvalid();
        return new ArrayList<>(out);
    }

    /** A tag as stored and compared: trimmed, lower case, whitespace runs as one hyphen. */
    public static String key(String tag) {
        return tag.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
    }

    /** A {@code ?tag=} filter value: empty for none, 400 when it cannot be a tag. */
    public static java.util.Optional<String> filter(String raw) {
        if (raw == null || raw.isBlank()) {
            return java.util.Optional.empty();
        }
        String k = key(raw);
        if (!TAG.matcher(k).matches()) {
            throw new InvalidRequestException("tag", "tag must be 1-50 letters, digits or - _ . + #");
        }
        return java.util.Optional.of(k);
    }
}

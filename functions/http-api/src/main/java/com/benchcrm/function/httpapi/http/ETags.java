package com.benchcrm.function.httpapi.http;

import java.util.OptionalLong;

/**
 * Entity tags are the entity's version as a strong tag ({@code "3"}); {@code If-Match} accepts one
 * strong tag or {@code *} (a list is refused with 412: a client only ever holds one version).
 */
public final class ETags {

    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an {@code If-Match} header demands: empty when absent or {@code *}. A tag that
     * cannot be one of ours (weak, malformed) can never match, so it is refused with 412.
     */
    public static OptionalLong ifMatch(HttpRequest request) {
        String header = request.header("if-match").map(String::trim).orElse("");
        if (header.isEmpty() || header.equals("*")) {
            return OptionalLong.empty();
        }
        if (header.contains(",")) {
            throw new ApiException(
                    412, "precondition-failed", "Precondition failed", "send one entity tag in If-Match");
        }
        if (header.length() >= 3 && header.startsWith("\"") && header.endsWith("\"")) {
            try {
                return OptionalLong.of(Long.parseLong(header.substring(1, header.length() - 1)));
            } catch (NumberFormatException ignored) {
                // falls through to the refusal
            }
        }
        throw new ApiException(
                412,
                "precondition-failed",
                "Precondition failed",
                "If-Match " + header + " is not an entity tag of this resource; use the ETag of a GET");
    }

    /** True when an {@code If-None-Match} header names the current version (a 304). */
    public static boolean ifNoneMatch(HttpRequest request, long version) {
        return request.header("if-none-match")
                .map(h -> h.equals("*")
                        || java.util.Arrays.stream(h.split(","))
                                .map(String::trim)
                                .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                                .anyMatch(t -> t.equals(of(version))))
                .orElse(false);
    }
}

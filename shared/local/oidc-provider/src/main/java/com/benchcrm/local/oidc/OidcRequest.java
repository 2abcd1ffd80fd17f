package com.benchcrm.local.oidc;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One HTTP request as the provider sees it, whatever server carries it (the embedded stack's Jetty
 * edge adapts its requests to this): the method, the raw (undecoded) path and query, the headers
 * and the body the server already read (bounded by the server).
 *
 * @param rawQuery null when the URI has no query
 */
public record OidcRequest(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body) {

    public OidcRequest {
        Map<String, List<String>> ci = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> ci.merge(
                k,
                List.copyOf(v),
                (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList()));
        headers = java.util.Collections.unmodifiableMap(ci);
        body = body == null ? new byte[0] : body;
        method = method.toUpperCase(Locale.ROOT);
    }

    /** The first value of a header (case-insensitive name), or null. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}

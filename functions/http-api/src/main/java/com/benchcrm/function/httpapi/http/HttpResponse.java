package com.benchcrm.function.httpapi.http;

import com.benchcrm.common.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One HTTP response; JSON bodies are serialized by the strict mapper. A binary body (a document
 * download) is carried base64-encoded with {@code base64} true, as API Gateway expects it.
 */
public record HttpResponse(int status, Map<String, String> headers, String body, boolean base64) {

    /** A text body. */
    public HttpResponse(int status, Map<String, String> headers, String body) {
        this(status, headers, body, false);
    }

    /** A binary body of this media type (API Gateway decodes it before it reaches the client). */
    public static HttpResponse binary(int status, byte[] bytes, String contentType) {
        return new HttpResponse(
                status,
                new LinkedHashMap<>(Map.of("content-type", contentType)),
                java.util.Base64.getEncoder().encodeToString(bytes),
                true);
    }

    public static final String JSON = "application/json";
    public static final String PROBLEM_JSON = "application/problem+json";

    public static HttpResponse json(int status, Object body) {
        return new HttpResponse(status, new LinkedHashMap<>(Map.of("content-type", JSON)), Json.write(body));
    }

    public static HttpResponse empty(int status) {
        return new HttpResponse(status, new LinkedHashMap<>(), "");
    }

    /** Returns a copy with one more header (lower-case name). */
    public HttpResponse header(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name.toLowerCase(java.util.Locale.ROOT), value);
        return new HttpResponse(status, copy, body, base64);
    }
}

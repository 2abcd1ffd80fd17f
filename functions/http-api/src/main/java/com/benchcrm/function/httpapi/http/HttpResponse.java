package com.benchcrm.function.httpapi.http;

import com.benchcrm.common.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/** One HTTP response; JSON bodies are serialized by the strict mapper. */
public record HttpResponse(int status, Map<String, String> headers, String body) {

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
        return new HttpResponse(status, copy, body);
    }
}

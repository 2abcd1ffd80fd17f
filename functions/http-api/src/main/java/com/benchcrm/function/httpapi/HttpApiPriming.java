package com.benchcrm.function.httpapi;

import com.benchcrm.function.httpapi.http.HttpApi;
import com.benchcrm.function.httpapi.http.HttpRequest;
import com.benchcrm.function.httpapi.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SnapStart priming: before the snapshot, runs a few requests through the whole pipeline (routing,
 * token parsing, JSON, problem rendering, and the database client through {@code /health}) so the
 * classes are loaded and JIT-warmed in the snapshot rather than on the first user request
 * (registered by {@link HttpApiApplication} as a {@link com.benchcrm.function.runtime.SnapStartPriming}).
 */
public final class HttpApiPriming {

    private final HttpApi api;

    public HttpApiPriming(HttpApi api) {
        this.api = api;
    }

    /** Runs the priming requests; returns their statuses. */
    public List<Integer> prime() {
        String unsignedToken = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJwcmltZSJ9.";
        List<HttpRequest> requests = List.of(
                request("GET", "/health", Map.of(), ""),
                request("GET", "/v1/consultants", Map.of("authorization", "Bearer " + unsignedToken), ""),
                request("POST", "/v1/requirements", Map.of("content-type", "application/json"), "{\"title\": "),
                request("GET", "/v1/no-such-route", Map.of(), ""));
        List<Integer> statuses = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (HttpRequest r : requests) {
                HttpResponse response = api.handle(r);
                if (round == 0) {
                    statuses.add(response.status());
                }
            }
        }
        return statuses;
    }

    private static HttpRequest request(String method, String path, Map<String, String> headers, String body) {
        return new HttpRequest(
                method, path, Map.of(), Map.of(), headers, body.getBytes(StandardCharsets.UTF_8), "priming");
    }
}

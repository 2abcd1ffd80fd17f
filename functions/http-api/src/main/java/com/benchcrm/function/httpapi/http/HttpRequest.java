package com.benchcrm.function.httpapi.http;

import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request, decoded from an API Gateway HTTP API (payload 2.0) event.
 *
 * @param headers lower-case names; repeated headers are joined with commas, as API Gateway does
 * @param body    the decoded body (base64 already undone), empty when there is none
 */
public record HttpRequest(String method, String path, Map<String, String> pathParams, Map<String, String> query,
                          Map<String, String> headers, byte[] body, String traceId) {

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
    }

    public String queryParam(String name) {
        return query.get(name);
    }

    public String pathParam(String name) {
        return pathParams.get(name);
    }

    public HttpRequest withPathParams(Map<String, String> params) {
        return new HttpRequest(method, path, Map.copyOf(params), query, headers, body, traceId);
    }
}

package com.benchcrm.function.httpapi.http;

import com.benchcrm.common.NotFoundException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One HTTP request, decoded from an API Gateway HTTP API (payload 2.0) event.
 *
 * @param headers lower-case names; repeated headers are joined with commas, as API Gateway does
 * @param body    the decoded body (base64 already undone), empty when there is none
 */
public record HttpRequest(
        String method,
        String path,
        Map<String, String> pathParams,
        Map<String, String> query,
        Map<String, String> headers,
        byte[] body,
        String traceId) {

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
    }

    public String queryParam(String name) {
        return query.get(name);
    }

    public String pathParam(String name) {
        return pathParams.get(name);
    }

    /**
     * The {@code {id}} path parameter as a UUID.
     *
     * @throws com.benchcrm.common.NotFoundException naming {@code entity} when it is not a UUID (no such
     *                                               resource can exist: a 404, not a 400)
     */
    public UUID idParam(String entity) {
        String raw = pathParam("id");
        try {
            if (raw != null && raw.length() == 36) {
                return UUID.fromString(raw);
            }
        } catch (IllegalArgumentException ignored) {
            // falls through
        }
        throw new NotFoundException(entity, raw);
    }

    public HttpRequest withPathParams(Map<String, String> params) {
        return new HttpRequest(method, path, Map.copyOf(params), query, headers, body, traceId);
    }
}

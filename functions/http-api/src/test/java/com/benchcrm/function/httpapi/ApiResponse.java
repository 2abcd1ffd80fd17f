package com.benchcrm.function.httpapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** The function's payload 2.0 response, with the body parsed when it is JSON. */
public record ApiResponse(int status, Map<String, String> headers, String rawBody, JsonNode body) {

    static ApiResponse parse(byte[] output) {
        try {
            JsonNode node = ApiEvent.JSON.readTree(output);
            Map<String, String> headers = new HashMap<>();
            node.path("headers")
                    .fields()
                    .forEachRemaining(e ->
                            headers.put(e.getKey().toLowerCase(), e.getValue().asText()));
            String raw = node.path("body").asText("");
            JsonNode body =
                    raw.isEmpty() || !(raw.startsWith("{") || raw.startsWith("[")) ? null : ApiEvent.JSON.readTree(raw);
            return new ApiResponse(node.path("statusCode").asInt(), headers, raw, body);
        } catch (IOException e) {
            throw new UncheckedIOException("the function's output is not a payload 2.0 response", e);
        }
    }

    public String header(String name) {
        return headers.get(name.toLowerCase());
    }

    /** The problem type slug of a problem+json response. */
    public String problemType() {
        return body == null ? null : body.path("type").asText().replace("https://benchcrm.dev/problems/", "");
    }

    public String id() {
        return body.path("id").asText();
    }
}

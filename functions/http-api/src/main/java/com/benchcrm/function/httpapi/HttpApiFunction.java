package com.benchcrm.function.httpapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.benchcrm.function.httpapi.http.HttpApi;
import com.benchcrm.function.httpapi.http.HttpRequest;
import com.benchcrm.function.httpapi.http.HttpResponse;
import com.benchcrm.function.httpapi.http.Problems;
import com.benchcrm.function.runtime.EventHandler;
import com.benchcrm.function.runtime.Invocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The {@code httpApi} function: translates an API Gateway HTTP API (payload 2.0) event into an
 * {@link HttpRequest}, hands it to the pipeline and translates the response back. Nothing else
 * (the raw event bytes and the logging context come from {@link com.benchcrm.function.runtime.LambdaFunction}).
 */
public final class HttpApiFunction implements EventHandler<APIGatewayV2HTTPResponse> {

    private static final ObjectMapper EVENTS = new ObjectMapper();

    private final HttpApi api;

    public HttpApiFunction(HttpApi api) {
        this.api = api;
    }

    @Override
    public APIGatewayV2HTTPResponse handle(Invocation invocation) {
        return toEvent(handle(invocation.event()));
    }

    private HttpResponse handle(byte[] event) {
        HttpRequest request;
        JsonNode node;
        try {
            node = EVENTS.readTree(event);
            request = toRequest(node);
        } catch (IOException | IllegalArgumentException e) {
            HttpRequest unknown = new HttpRequest(
                    "GET",
                    "/",
                    Map.of(),
                    Map.of(),
                    Map.of(),
                    new byte[0],
                    UUID.randomUUID().toString());
            return Problems.problem(
                    400,
                    "invalid-request",
                    "Not an HTTP API event",
                    "the function expects an API Gateway HTTP API payload 2.0 event",
                    unknown,
                    java.util.List.of());
        }
        if (MALFORMED_ESCAPE.matcher(node.path("rawQueryString").asText("")).find()) {
            // API Gateway passes what it cannot decode through as sent; no parameter of such a query can be trusted
            return Problems.problem(
                    400,
                    "invalid-request",
                    "Malformed query string",
                    "the query string has a '%' that is not followed by two hex digits (percent-encoding, RFC 3986)",
                    request,
                    java.util.List.of());
        }
        return api.handle(request);
    }

    /** A percent sign that does not start a {@code %XX} escape. */
    private static final java.util.regex.Pattern MALFORMED_ESCAPE =
            java.util.regex.Pattern.compile("%(?![0-9A-Fa-f]{2})");

    static HttpRequest toRequest(JsonNode event) {
        if (event == null
                || !event.isObject()
                || !"2.0".equals(event.path("version").asText())) {
            throw new IllegalArgumentException("not a payload 2.0 event");
        }
        JsonNode rc = event.path("requestContext");
        String method = rc.path("http").path("method").asText("GET");
        Map<String, String> headers = new HashMap<>();
        event.path("headers")
                .fields()
                .forEachRemaining(e -> headers.put(
                        e.getKey().toLowerCase(Locale.ROOT), e.getValue().asText()));
        Map<String, String> query = new HashMap<>();
        event.path("queryStringParameters")
                .fields()
                .forEachRemaining(e -> query.put(e.getKey(), e.getValue().asText()));
        JsonNode bodyNode = event.path("body");
        byte[] body = bodyNode.isTextual()
                ? event.path("isBase64Encoded").asBoolean(false)
                        ? Base64.getDecoder().decode(bodyNode.asText())
                        : bodyNode.asText().getBytes(StandardCharsets.UTF_8)
                : new byte[0];
        String path = event.path("rawPath").asText("/");
        return new HttpRequest(
                method.toUpperCase(Locale.ROOT),
                path.isEmpty() ? "/" : path,
                Map.of(),
                Map.copyOf(query),
                headers,
                body,
                traceId(headers, rc.path("requestId").asText(null)));
    }

    static APIGatewayV2HTTPResponse toEvent(HttpResponse response) {
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(response.status())
                .withHeaders(response.headers())
                .withBody(response.body())
                .withIsBase64Encoded(response.base64())
                .build();
    }

    /** The X-Ray root id when API Gateway sent one, else the W3C trace id, else the request id. */
    static String traceId(Map<String, String> headers, String requestId) {
        String amzn = headers.get("x-amzn-trace-id");
        if (amzn != null) {
            for (String part : amzn.split(";")) {
                if (part.trim().startsWith("Root=")) {
                    return safe(part.trim().substring(5));
                }
            }
        }
        String traceparent = headers.get("traceparent");
        if (traceparent != null && traceparent.split("-").length >= 3) {
            return safe(traceparent.split("-")[1]);
        }
        if (requestId != null) {
            return safe(requestId);
        }
        return UUID.randomUUID().toString();
    }

    private static String safe(String id) {
        String cleaned = id.replaceAll("[^A-Za-z0-9._:=-]", "");
        return cleaned.isEmpty() ? UUID.randomUUID().toString() : cleaned.substring(0, Math.min(cleaned.length(), 128));
    }
}

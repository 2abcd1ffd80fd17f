package com.benchcrm.local.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Builds API Gateway HTTP API (payload format 2.0) events from an HTTP exchange, and reads the
 * function's response, following the rules API Gateway applies: header names lower-cased,
 * repeated headers and query parameters joined with commas, cookies moved to {@code cookies},
 * binary bodies base64-encoded.
 */
public final class ApiGatewayV2Events {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH);

    private ApiGatewayV2Events() {}

    /**
     * @param headers header name to its values, as received
     * @param body    raw body bytes (may be empty)
     */
    public static byte[] request(
            String method,
            String rawPath,
            String rawQuery,
            Map<String, List<String>> headers,
            byte[] body,
            String sourceIp,
            String domainName) {
        ObjectNode event = JSON.createObjectNode();
        event.put("version", "2.0");
        event.put("routeKey", "$default");
        event.put("rawPath", rawPath);
        event.put("rawQueryString", rawQuery == null ? "" : rawQuery);
        ObjectNode hs = event.putObject("headers");
        ArrayNode cookies = JSON.createArrayNode();
        headers.forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("cookie")) {
                for (String v : values) {
                    for (String c : v.split(";")) {
                        if (!c.isBlank()) {
                            cookies.add(c.trim());
                        }
                    }
                }
            } else {
                hs.put(lower, String.join(",", values));
            }
        });
        if (!cookies.isEmpty()) {
            event.set("cookies", cookies);
        }
        Map<String, String> query = parseQuery(rawQuery);
        if (!query.isEmpty()) {
            ObjectNode qs = event.putObject("queryStringParameters");
            query.forEach(qs::put);
        }
        ObjectNode rc = event.putObject("requestContext");
        rc.put("accountId", "000000000000");
        rc.put("apiId", "local");
        rc.put("domainName", domainName);
        rc.put("domainPrefix", "local");
        ObjectNode http = rc.putObject("http");
        http.put("method", method);
        http.put("path", rawPath);
        http.put("protocol", "HTTP/1.1");
        http.put("sourceIp", sourceIp);
        http.put("userAgent", hs.path("user-agent").asText(""));
        rc.put("requestId", UUID.randomUUID().toString());
        rc.put("routeKey", "$default");
        rc.put("stage", "$default");
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        rc.put("time", TIME.format(now));
        rc.put("timeEpoch", now.toInstant().toEpochMilli());
        if (body != null && body.length > 0) {
            boolean text = isText(hs.path("content-type").asText(""));
            event.put(
                    "body",
                    text
                            ? new String(body, StandardCharsets.UTF_8)
                            : Base64.getEncoder().encodeToString(body));
            event.put("isBase64Encoded", !text);
        } else {
            event.put("isBase64Encoded", false);
        }
        try {
            return JSON.writeValueAsBytes(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parts of a payload 2.0 response an HTTP server needs. */
    public record Response(int status, Map<String, String> headers, List<String> cookies, byte[] body) {}

    public static Response response(byte[] functionOutput) {
        try {
            JsonNode node = JSON.readTree(functionOutput);
            if (node == null || !node.isObject() || !node.has("statusCode")) {
                // API Gateway's rule for a response without statusCode: 200, the output as a JSON body
                return new Response(200, Map.of("content-type", "application/json"), List.of(), functionOutput);
            }
            Map<String, String> headers = new LinkedHashMap<>();
            node.path("headers")
                    .fields()
                    .forEachRemaining(e -> headers.put(e.getKey(), e.getValue().asText()));
            node.path("multiValueHeaders").fields().forEachRemaining(e -> {
                if (e.getValue().isArray()) {
                    List<String> vs = new java.util.ArrayList<>();
                    e.getValue().forEach(v -> vs.add(v.asText()));
                    headers.put(e.getKey(), String.join(",", vs));
                }
            });
            List<String> cookies = new java.util.ArrayList<>();
            node.path("cookies").forEach(c -> cookies.add(c.asText()));
            String body = node.path("body").isNull() || node.path("body").isMissingNode()
                    ? ""
                    : node.path("body").asText();
            byte[] bytes = node.path("isBase64Encoded").asBoolean(false)
                    ? Base64.getDecoder().decode(body)
                    : body.getBytes(StandardCharsets.UTF_8);
            return new Response(node.path("statusCode").asInt(500), headers, cookies, bytes);
        } catch (IOException e) {
            return new Response(
                    502,
                    Map.of("content-type", "application/json"),
                    List.of(),
                    "{\"message\":\"Internal Server Error\"}".getBytes(StandardCharsets.UTF_8));
        }
    }

    static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> out = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return out;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.merge(name, value, (a, b) -> a + "," + b);
        }
        return out;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static boolean isText(String contentType) {
        String ct = contentType.toLowerCase(Locale.ROOT);
        return ct.isEmpty()
                || ct.startsWith("text/")
                || ct.contains("json")
                || ct.contains("xml")
                || ct.contains("x-www-form-urlencoded")
                || ct.contains("yaml")
                || ct.contains("message/rfc822");
    }
}

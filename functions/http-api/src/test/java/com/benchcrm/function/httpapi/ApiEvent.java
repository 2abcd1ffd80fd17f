package com.benchcrm.function.httpapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;

/**
 * A sample event from {@code events/http-api/} (the files {@code sam local invoke -e} uses), with
 * the changes one test case needs: a real token, a real id, another body.
 *
 * <pre>{@code
 * ApiEvent.load("consultants-get").token(t).path("/v1/consultants/" + id)
 * }</pre>
 */
public final class ApiEvent {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SAMPLE_ID = "0193f7a2-5b3c-7d4e-8f60-123456789abc";

    private final ObjectNode event;

    private ApiEvent(ObjectNode event) {
        this.event = event;
    }

    public static ApiEvent load(String name) {
        try (InputStream in =
                ApiEvent.class.getClassLoader().getResourceAsStream("events/http-api/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no sample event " + name);
            }
            return new ApiEvent((ObjectNode) JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ApiEvent token(String token) {
        return header("authorization", "Bearer " + token);
    }

    public ApiEvent noToken() {
        headers().remove("authorization");
        return this;
    }

    public ApiEvent header(String name, String value) {
        headers().put(name, value);
        return this;
    }

    public ApiEvent withoutHeader(String name) {
        headers().remove(name);
        return this;
    }

    /** Replaces the sample id in the path with {@code id}. */
    public ApiEvent id(Object id) {
        return path(event.path("rawPath").asText().replace(SAMPLE_ID, id.toString()));
    }

    public ApiEvent path(String path) {
        event.put("rawPath", path);
        ((ObjectNode) event.path("requestContext").path("http")).put("path", path);
        return this;
    }

    public ApiEvent method(String method) {
        ((ObjectNode) event.path("requestContext").path("http")).put("method", method);
        return this;
    }

    public ApiEvent version(String version) {
        event.put("version", version);
        return this;
    }

    public ApiEvent query(String name, String value) {
        ObjectNode q = event.has("queryStringParameters")
                ? (ObjectNode) event.get("queryStringParameters")
                : event.putObject("queryStringParameters");
        q.put(name, value);
        return this;
    }

    public ApiEvent rawQuery(String rawQueryString) {
        event.put("rawQueryString", rawQueryString);
        return this;
    }

    public ApiEvent noQuery() {
        event.remove("queryStringParameters");
        event.put("rawQueryString", "");
        return this;
    }

    public ApiEvent body(String body) {
        event.put("body", body);
        event.put("isBase64Encoded", false);
        return this;
    }

    public ApiEvent base64Body(byte[] body) {
        event.put("body", Base64.getEncoder().encodeToString(body));
        event.put("isBase64Encoded", true);
        return this;
    }

    /** The sample's body as a JSON object, to change single fields. */
    public ObjectNode bodyJson() {
        try {
            return (ObjectNode) JSON.readTree(event.path("body").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ApiEvent body(ObjectNode body) {
        return body(body.toString());
    }

    byte[] bytes() {
        try {
            return JSON.writeValueAsBytes(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode headers() {
        return (ObjectNode) event.get("headers");
    }
}

package com.benchcrm.local.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The local gateway over a real socket on 127.0.0.1, with a stub function: a query it cannot decode
 * reaches the function as sent (and its problem answer comes back), and what the server refuses
 * itself is problem+json, never HTML.
 */
class EdgeServerIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final AtomicReference<JsonNode> LAST_EVENT = new AtomicReference<>();
    static EdgeServer edge;

    @BeforeAll
    static void start() throws IOException {
        edge = EdgeServer.start(0, () -> "{\"keys\":[]}", 8);
        edge.route(event -> {
            try {
                JsonNode e = JSON.readTree(event);
                LAST_EVENT.set(e);
                String body =
                        "{\"type\":\"https://benchcrm.dev/problems/invalid-request\",\"title\":\"Malformed query string\",\"status\":400}";
                return JSON.writeValueAsBytes(JSON.createObjectNode()
                        .put("statusCode", 400)
                        .<com.fasterxml.jackson.databind.node.ObjectNode>set(
                                "headers", JSON.createObjectNode().put("content-type", "application/problem+json"))
                        .put("body", body));
            } catch (IOException ex) {
                throw new IllegalStateException(ex);
            }
        });
    }

    @AfterAll
    static void stop() {
        edge.close();
    }

    @Test
    void undecodableQuery_reachesTheFunctionAsSent_itsProblemComesBack() throws IOException {
        Raw r = raw("GET /v1/consultants?cursor=%%%x HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.head()).containsIgnoringCase("content-type: application/problem+json");
        assertThat(LAST_EVENT.get().path("rawQueryString").asText()).isEqualTo("cursor=%%%x");
        assertThat(LAST_EVENT.get().path("queryStringParameters").path("cursor").asText())
                .isEqualTo("%%%x");
    }

    @Test
    void requestTheServerRefusesItself_isProblemJson_notHtml() throws IOException {
        for (String request : new String[] {
            "GET /v1/consultants?cursor=%%%x HTTP/9.9\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
            "GET /v1/con sultants HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
            "GET /v1/consultants HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header\r\nConnection: close\r\n\r\n"
        }) {
            Raw r = raw(request);

            assertThat(r.status()).as(request).isBetween(400, 505);
            assertThat(r.head()).as(request).containsIgnoringCase("content-type: application/problem+json");
            assertThat(r.body()).as(request).doesNotContain("<html").doesNotContain("<h1");
            JsonNode problem = JSON.readTree(r.body());
            assertThat(problem.path("status").asInt()).isEqualTo(r.status());
            assertThat(problem.path("type").asText()).startsWith("https://benchcrm.dev/problems/");
        }
    }

    @Test
    void jwks_isServed() throws IOException {
        Raw r = raw("GET /.well-known/jwks.json HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("{\"keys\":[]}");
    }

    @Test
    void mountedHandlers_answerTheirPaths_theConsoleAndTheApiKeepTheRest() throws IOException {
        try (EdgeServer withConsole = EdgeServer.start(
                0, () -> "{\"keys\":[]}", 8, ConsoleAssets.fromClassPath("console-fixture", java.util.List.of()))) {
            withConsole.route(event ->
                    "{\"statusCode\":404,\"headers\":{\"content-type\":\"application/problem+json\"},\"body\":\"{\\\"status\\\":404}\"}"
                            .getBytes(StandardCharsets.UTF_8));
            withConsole.mount("/console-config.json", text("config"));
            withConsole.mount("/oidc/", text("provider"));
            withConsole.mount("/oidc/deeper/", text("deeper"));
            withConsole.mount("/broken", (request, response, callback) -> {
                throw new IllegalStateException("boom");
            });
            int port = withConsole.port();

            assertThat(raw(port, get("/console-config.json")).body()).isEqualTo("config");
            assertThat(raw(port, get("/oidc/authorize?client_id=x")).body()).isEqualTo("provider");
            assertThat(raw(port, get("/oidc/deeper/x")).body())
                    .as("the longest mount wins")
                    .isEqualTo("deeper");
            Raw notMounted = raw(port, get("/console-config.jsonx"));
            assertThat(notMounted.status())
                    .as("a file mount is that path only; the console's 404 for a missing file")
                    .isEqualTo(404);
            Raw app = raw(port, get("/inbox"));
            assertThat(app.status()).isEqualTo(200);
            assertThat(app.body()).as("client routes still get the console").contains("<div id=\"root\"");
            Raw api = raw(port, get("/v1/nothing"));
            assertThat(api.status()).isEqualTo(404);
            assertThat(api.head()).containsIgnoringCase("content-type: application/problem+json");
            Raw failed = raw(port, get("/broken"));
            assertThat(failed.status()).isEqualTo(500);
            assertThat(failed.head())
                    .as("a failing mounted handler is a problem too")
                    .containsIgnoringCase("application/problem+json");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> withConsole.mount("/v1/users", text("no")))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    static String get(String target) {
        return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
    }

    static org.eclipse.jetty.server.Request.Handler text(String body) {
        return (request, response, callback) -> {
            EdgeServer.respond(
                    request,
                    response,
                    callback,
                    200,
                    java.util.Map.of("content-type", "text/plain"),
                    body.getBytes(StandardCharsets.UTF_8));
            return true;
        };
    }

    record Raw(int status, String head, String body) {}

    /** One request written byte for byte (an HTTP client would refuse to send these). */
    static Raw raw(String request) throws IOException {
        return raw(edge.port(), request);
    }

    static Raw raw(int port, String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = all.indexOf("\r\n\r\n");
            String head = split < 0 ? all : all.substring(0, split);
            String body = split < 0 ? "" : all.substring(split + 4);
            return new Raw(Integer.parseInt(head.split(" ", 3)[1]), head, body);
        }
    }
}

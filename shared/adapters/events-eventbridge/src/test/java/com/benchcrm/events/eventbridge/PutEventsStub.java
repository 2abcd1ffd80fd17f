package com.benchcrm.events.eventbridge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A loopback server that answers EventBridge's PutEvents as the service does (AWS JSON 1.1,
 * {@code X-Amz-Target: AWSEvents.PutEvents}), refusing entries as the test says: the real SDK
 * against the wire format, so the adapter's batching and partial-failure handling are exercised.
 */
public final class PutEventsStub implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every request's entries, in arrival order. */
    public final List<List<JsonNode>> requests = new CopyOnWriteArrayList<>();

    private final HttpServer server;
    /** Per entry: null to accept, or an error code. */
    volatile Function<JsonNode, String> refuse = e -> null;
    /** When positive, the next requests fail as a whole with HTTP 500 (the SDK retries those). */
    volatile int failWholeRequests;

    public PutEventsStub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            byte[] out;
            int status;
            if (!"AWSEvents.PutEvents".equals(target)) {
                status = 400;
                out = "{\"__type\":\"UnknownOperationException\"}".getBytes(StandardCharsets.UTF_8);
            } else if (failWholeRequests > 0) {
                failWholeRequests--;
                status = 500;
                out = "{\"__type\":\"InternalException\",\"message\":\"stub failure\"}"
                        .getBytes(StandardCharsets.UTF_8);
            } else {
                List<JsonNode> entries = new CopyOnWriteArrayList<>();
                body.path("Entries").forEach(entries::add);
                requests.add(entries);
                ObjectNode response = JSON.createObjectNode();
                ArrayNode results = response.putArray("Entries");
                int failed = 0;
                for (JsonNode entry : entries) {
                    String code = refuse.apply(entry);
                    if (code == null) {
                        results.addObject().put("EventId", UUID.randomUUID().toString());
                    } else {
                        failed++;
                        results.addObject().put("ErrorCode", code).put("ErrorMessage", "stub refused the entry");
                    }
                }
                response.put("FailedEntryCount", failed);
                status = 200;
                out = JSON.writeValueAsBytes(response);
            }
            exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
            exchange.sendResponseHeaders(status, out.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(out);
            }
        });
        server.start();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

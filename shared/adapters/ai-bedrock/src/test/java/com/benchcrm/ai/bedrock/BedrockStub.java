package com.benchcrm.ai.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback stub of the Bedrock Runtime Converse wire format: {@code POST /model/{modelId}/converse}
 * with a JSON body, answered with queued responses: a tool-use message with usage, an AWS JSON error
 * ({@code x-amzn-ErrorType} and {@code __type}), or a delay longer than the client's timeout.
 */
final class BedrockStub implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    /** One queued answer. */
    record Answer(int status, String errorType, String body, long delayMillis) {}

    private final HttpServer server;
    private final Deque<Answer> answers = new ArrayDeque<>();
    final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    final List<String> paths = new CopyOnWriteArrayList<>();

    BedrockStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** A plain text answer (drafting), stopped for {@code stopReason}. */
    synchronized BedrockStub text(String text, String stopReason, int inputTokens, int outputTokens) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode message = body.putObject("output").putObject("message");
        message.put("role", "assistant");
        message.putArray("content").addObject().put("text", text);
        body.put("stopReason", stopReason);
        body.putObject("usage")
                .put("inputTokens", inputTokens)
                .put("outputTokens", outputTokens)
                .put("totalTokens", inputTokens + outputTokens);
        body.putObject("metrics").put("latencyMs", 300);
        answers.add(new Answer(200, null, body.toString(), 0));
        return this;
    }

    synchronized BedrockStub toolUse(String tool, JsonNode input, int inputTokens, int outputTokens) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode message = body.putObject("output").putObject("message");
        message.put("role", "assistant");
        ObjectNode use = message.putArray("content").addObject().putObject("toolUse");
        use.put("toolUseId", "tooluse_stub1").put("name", tool);
        use.set("input", input);
        body.put("stopReason", "tool_use");
        body.putObject("usage")
                .put("inputTokens", inputTokens)
                .put("outputTokens", outputTokens)
                .put("totalTokens", inputTokens + outputTokens);
        body.putObject("metrics").put("latencyMs", 420);
        answers.add(new Answer(200, null, body.toString(), 0));
        return this;
    }

    synchronized BedrockStub text(String text) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode message = body.putObject("output").putObject("message");
        message.put("role", "assistant");
        message.putArray("content").addObject().put("text", text);
        body.put("stopReason", "end_turn");
        body.putObject("usage").put("inputTokens", 900).put("outputTokens", 12).put("totalTokens", 912);
        body.putObject("metrics").put("latencyMs", 300);
        answers.add(new Answer(200, null, body.toString(), 0));
        return this;
    }

    synchronized BedrockStub error(int status, String type) {
        answers.add(new Answer(status, type, "{\"__type\":\"" + type + "\",\"message\":\"stubbed " + type + "\"}", 0));
        return this;
    }

    synchronized BedrockStub slow(long millis) {
        answers.add(new Answer(500, "InternalServerException", "{\"message\":\"late\"}", millis));
        return this;
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] in = exchange.getRequestBody().readAllBytes();
        paths.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath());
        requests.add(JSON.readTree(in));
        Answer a;
        synchronized (this) {
            a = answers.isEmpty()
                    ? new Answer(500, "InternalServerException", "{\"message\":\"no answer queued\"}", 0)
                    : answers.poll();
        }
        if (a.delayMillis() > 0) {
            try {
                Thread.sleep(a.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] out = a.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("x-amzn-RequestId", "stub-request");
        if (a.errorType() != null) {
            exchange.getResponseHeaders()
                    .add("x-amzn-ErrorType", a.errorType() + ":http://internal.amazon.com/coral/com.amazon.bedrock/");
        }
        try {
            exchange.sendResponseHeaders(a.status(), out.length);
            exchange.getResponseBody().write(out);
        } catch (IOException e) {
            // the client gave up (timeout)
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

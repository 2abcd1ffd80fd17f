package com.benchcrm.embedding.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for Bedrock Runtime's InvokeModel on loopback: checks the request as Bedrock
 * would see it (path, SigV4 header, JSON body) and answers in Titan v2's response format with a
 * deterministic vector per text. Error answers can be queued ({@link #failNext}).
 */
final class BedrockStub implements AutoCloseable {

    record Seen(String path, String authorization, String contentType, JsonNode body) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    final List<Seen> requests = new CopyOnWriteArrayList<>();
    final List<int[]> failures = new CopyOnWriteArrayList<>();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();
    volatile int delayMillis;

    BedrockStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The next {@code times} calls answer with this status and the fixture body. */
    void failNext(int status, int times) {
        for (int i = 0; i < times; i++) {
            failures.add(new int[] {status});
        }
    }

    private void handle(HttpExchange x) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            JsonNode body = JSON.readTree(x.getRequestBody());
            requests.add(new Seen(
                    x.getRequestURI().getRawPath(),
                    x.getRequestHeaders().getFirst("Authorization"),
                    x.getRequestHeaders().getFirst("Content-Type"),
                    body));
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
            if (!failures.isEmpty()) {
                int status = failures.remove(0)[0];
                String type = status == 429
                        ? "ThrottlingException"
                        : status == 400 ? "ValidationException" : "InternalServerException";
                byte[] err = fixture(status == 400 ? "validation-error.json" : "throttling-error.json");
                x.getResponseHeaders().add("Content-Type", "application/json");
                x.getResponseHeaders()
                        .add("x-amzn-ErrorType", type + ":http://internal.amazon.com/coral/com.amazon.bedrock/");
                x.sendResponseHeaders(status, err.length);
                x.getResponseBody().write(err);
                return;
            }
            String text = body.path("inputText").asText();
            int dims = body.path("dimensions").asInt(1024);
            ObjectNode response = (ObjectNode) JSON.readTree(fixture("titan-v2-response-256.json"));
            ArrayNode embedding = response.putArray("embedding");
            ArrayNode byType = ((ObjectNode) response.path("embeddingsByType")).putArray("float");
            float[] v = vectorFor(text, dims);
            for (float f : v) {
                embedding.add(f);
                byType.add(f);
            }
            response.put("inputTextTokenCount", text.split("\\s+").length);
            byte[] out = response.toString().getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "application/json");
            x.sendResponseHeaders(200, out.length);
            x.getResponseBody().write(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            inFlight.decrementAndGet();
            x.close();
        }
    }

    /** A deterministic unit vector per text, as Titan's normalize = true returns. */
    static float[] vectorFor(String text, int dims) {
        Random rnd = new Random(text.hashCode());
        float[] v = new float[dims];
        double n = 0;
        for (int i = 0; i < dims; i++) {
            v[i] = (float) rnd.nextGaussian();
            n += v[i] * v[i];
        }
        for (int i = 0; i < dims; i++) {
            v[i] /= (float) Math.sqrt(n);
        }
        return v;
    }

    static byte[] fixture(String name) {
        try (InputStream in = BedrockStub.class.getResourceAsStream("/bedrock/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

package com.benchcrm.local.stack;

import com.benchcrm.common.Json;
import com.benchcrm.webhook.WebhookSignature;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The demo's partner: a webhook endpoint on 127.0.0.1 that verifies every delivery's Standard
 * Webhooks signature with the subscription's secret, as a partner would, and prints what arrives
 * (quietly while the demo data loads, one line per delivery afterwards).
 */
final class DemoWebhookReceiver implements AutoCloseable {

    static final String PATH = "/webhooks/benchcrm";

    private final HttpServer server;
    private final PrintStream out;
    private final AtomicInteger received = new AtomicInteger();
    private final AtomicInteger verified = new AtomicInteger();
    private volatile String secret;
    private volatile boolean loud;

    DemoWebhookReceiver(PrintStream out) {
        this.out = out;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(
                2, r -> Thread.ofPlatform().daemon(true).name("demo-receiver").unstarted(r)));
        server.createContext(PATH, exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
            boolean ok = secret != null
                    && WebhookSignature.verify(secret, headers, body, Instant.now(), Duration.ofMinutes(5));
            received.incrementAndGet();
            if (ok) {
                verified.incrementAndGet();
            }
            if (loud) {
                out.println("  webhook  " + describe(body) + "  webhook-id " + headers.get(WebhookSignature.ID)
                        + (ok ? "  signature ok" : "  SIGNATURE INVALID"));
                out.flush();
            }
            exchange.sendResponseHeaders(ok ? 204 : 401, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    void secret(String secret) {
        this.secret = secret;
    }

    /** From now on, print every delivery as it arrives. */
    void loud() {
        this.loud = true;
    }

    int received() {
        return received.get();
    }

    int verified() {
        return verified.get();
    }

    static String describe(String body) {
        try {
            JsonNode e = Json.strict().readTree(body);
            return String.format(
                    "%-22s %s",
                    e.path("type").asText() + " v" + e.path("version").asInt(), e.path("data"));
        } catch (IOException e) {
            return "(not JSON)";
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

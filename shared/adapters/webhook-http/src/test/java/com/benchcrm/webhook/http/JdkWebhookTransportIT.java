package com.benchcrm.webhook.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.webhook.DestinationGuard;
import com.benchcrm.webhook.WebhookTransport;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The transport against a receiver on loopback: what a partner's endpoint can answer, and what the guard refuses. */
class JdkWebhookTransportIT {

    record Received(String path, String signature, String contentType, String body) {}

    static HttpServer receiver;
    static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    static final JdkWebhookTransport LOOPBACK =
            new JdkWebhookTransport(DestinationGuard.allowingLoopback(), Duration.ofSeconds(1));

    @BeforeAll
    static void start() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/ok", exchange -> {
            RECEIVED.add(new Received(
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("webhook-signature"),
                    exchange.getRequestHeaders().getFirst("content-type"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.createContext("/busy", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        receiver.createContext("/moved", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("location", "/ok");
            exchange.sendResponseHeaders(307, -1);
            exchange.close();
        });
        receiver.createContext("/slow", exchange -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        receiver.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        receiver.start();
    }

    @AfterAll
    static void stop() {
        receiver.stop(0);
    }

    static URI url(String path) {
        return URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + path);
    }

    @Test
    void post_toAReceiverThatAccepts_isDelivered_withTheHeadersAndBodyAsGiven() {
        WebhookTransport.Response r = LOOPBACK.post(
                url("/ok"), Map.of("webhook-signature", "v1,abc", "content-type", "application/json"), "{\"id\":1}");

        assertThat(r.delivered()).isTrue();
        assertThat(r.statusCode()).isEqualTo(204);
        assertThat(RECEIVED).contains(new Received("/ok", "v1,abc", "application/json", "{\"id\":1}"));
    }

    @Test
    void post_answered5xx_isAFailedAttemptWithTheStatus() {
        WebhookTransport.Response r = LOOPBACK.post(url("/busy"), Map.of(), "{}");

        assertThat(r.delivered()).isFalse();
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.error()).isEqualTo("HTTP 503");
    }

    @Test
    void post_redirected_isNotFollowed() {
        int before = RECEIVED.size();

        WebhookTransport.Response r = LOOPBACK.post(url("/moved"), Map.of(), "{}");

        assertThat(r.statusCode()).isEqualTo(307);
        assertThat(r.delivered()).isFalse();
        assertThat(RECEIVED).hasSize(before);
    }

    @Test
    void post_slowerThanTheTimeout_timesOut() {
        WebhookTransport.Response r = LOOPBACK.post(url("/slow"), Map.of(), "{}");

        assertThat(r.statusCode()).isNull();
        assertThat(r.error()).isEqualTo("timed out");
        assertThat(r.durationMs()).as("not before the 1 s timeout").isGreaterThanOrEqualTo(900);
    }

    @Test
    void post_toAPortNobodyListensOn_isConnectionRefused() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }

        WebhookTransport.Response r = LOOPBACK.post(URI.create("http://127.0.0.1:" + closed + "/x"), Map.of(), "{}");

        assertThat(r.error()).isEqualTo("connection refused");
    }

    @Test
    void post_toLoopbackWithThePublicOnlyGuard_isRefusedBeforeAnyRequest() {
        int before = RECEIVED.size();
        JdkWebhookTransport publicOnly = new JdkWebhookTransport(DestinationGuard.publicOnly(), Duration.ofSeconds(1));

        WebhookTransport.Response r = publicOnly.post(url("/ok"), Map.of(), "{}");

        assertThat(r.error()).startsWith("refused destination: ");
        assertThat(RECEIVED).hasSize(before);
    }
}

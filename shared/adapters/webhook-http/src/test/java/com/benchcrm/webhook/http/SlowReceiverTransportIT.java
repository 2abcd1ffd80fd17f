package com.benchcrm.webhook.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.webhook.DestinationGuard;
import com.benchcrm.webhook.WebhookTransport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The webhook transport against receivers on loopback that trickle their answer (issue 11 item 4):
 * the whole exchange is bounded by the attempt's timeout or the batch deadline, whichever is first,
 * headers and body included; a trickling body does not hold the attempt (the status is all it needs).
 */
class SlowReceiverTransportIT {

    private final ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
    private ServerSocket server;

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
        pool.shutdownNow();
    }

    @Test
    @Timeout(60)
    void receiverTricklesItsBody_statusKnown_attemptEndsWithoutReadingIt() throws IOException {
        URI url = receiver("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n", "x", Duration.ofMillis(500));
        WebhookTransport transport = new JdkWebhookTransport(DestinationGuard.allowingLoopback(), Duration.ofSeconds(5));

        WebhookTransport.Response r = transport.post(url, Map.of("content-type", "application/json"), "{}");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.delivered()).isTrue();
        assertThat(r.durationMs()).as("100000 bytes at 2 per second would take 14 hours").isLessThan(5_000);
    }

    @Test
    @Timeout(60)
    void receiverTricklesItsHeaders_attemptTimesOutAtTheTimeout() throws IOException {
        URI url = receiver("HTTP/1.1 200 OK\r\nX-Slow: ", "a", Duration.ofMillis(300));
        WebhookTransport transport = new JdkWebhookTransport(DestinationGuard.allowingLoopback(), Duration.ofSeconds(2));

        WebhookTransport.Response r = transport.post(url, Map.of("content-type", "application/json"), "{}");

        assertThat(r.delivered()).isFalse();
        assertThat(r.statusCode()).isNull();
        assertThat(r.error()).isEqualTo("timed out");
        assertThat(r.durationMs()).isBetween(1_500, 10_000);
    }

    @Test
    @Timeout(60)
    void batchDeadlineBeforeTheTimeout_attemptEndsAtTheDeadline() throws IOException {
        URI url = receiver("HTTP/1.1 200 OK\r\nX-Slow: ", "a", Duration.ofMillis(300));
        WebhookTransport transport = new JdkWebhookTransport(DestinationGuard.allowingLoopback(), Duration.ofSeconds(30));

        WebhookTransport.Response r = transport.post(url, Map.of("content-type", "application/json"), "{}",
                Instant.now().plusSeconds(1));

        assertThat(r.error()).isEqualTo("timed out");
        assertThat(r.durationMs()).as("the deadline, not the 30 s timeout").isLessThan(10_000);
    }

    /** A one-connection-at-a-time receiver: reads the request head, sends {@code head}, then {@code drip} every {@code every}. */
    private URI receiver(String head, String drip, Duration every) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        pool.submit(() -> {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    pool.submit(() -> trickle(s, head, drip, every));
                } catch (IOException e) {
                    return null;
                }
            }
            return null;
        });
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + "/hook");
    }

    private static Void trickle(Socket s, String head, String drip, Duration every) {
        try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
            readRequestHead(in);
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            for (int i = 0; i < 600; i++) {
                Thread.sleep(every.toMillis());
                out.write(drip.getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // the client went away: what the transport should do
        }
        return null;
    }

    private static void readRequestHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        int b;
        while ((b = in.read()) >= 0) {
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == 4) {
                return;
            }
        }
    }
}

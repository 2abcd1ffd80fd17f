package com.benchcrm.webhook.http;

import com.benchcrm.webhook.DestinationGuard;
import com.benchcrm.webhook.UnsafeDestinationException;
import com.benchcrm.webhook.WebhookTransport;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * POSTs webhook attempts with the JDK HTTP client: destination checked by the guard first, no
 * redirects followed (a redirect is a failed attempt), and one deadline for the whole exchange
 * (ADR 0055). The JDK's request timeout only covers the time to the response headers, so the call
 * is made asynchronously and abandoned (the exchange cancelled) at the deadline, whatever stage it is
 * in; the response body is never read: it is closed as soon as the status is known, so a receiver
 * that trickles its body costs nothing. Every failure becomes a {@link Response}.
 */
public final class JdkWebhookTransport implements WebhookTransport {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient client;
    private final DestinationGuard guard;
    private final Duration timeout;

    /** @param timeout the whole exchange at most: connect, request, response headers */
    public JdkWebhookTransport(DestinationGuard guard, Duration timeout) {
        this.guard = guard;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(CONNECT_TIMEOUT.compareTo(timeout) < 0 ? CONNECT_TIMEOUT : timeout)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Override
    public Response post(URI url, Map<String, String> headers, String body) {
        return post(url, headers, body, Instant.MAX);
    }

    @Override
    public Response post(URI url, Map<String, String> headers, String body, Instant deadline) {
        long started = System.nanoTime();
        Duration left = timeout;
        if (!Instant.MAX.equals(deadline)) {
            Duration untilDeadline = Duration.between(Instant.now(), deadline);
            left = untilDeadline.compareTo(timeout) < 0 ? untilDeadline : timeout;
        }
        if (left.isNegative() || left.isZero()) {
            return Response.failure("timed out (no time left before the deadline)", 0);
        }
        CompletableFuture<HttpResponse<InputStream>> exchange = null;
        try {
            guard.check(url);
            HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(left).POST(HttpRequest.BodyPublishers.ofString(body));
            headers.forEach(request::header);
            exchange = client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            HttpResponse<InputStream> response = exchange.get(left.toMillis(), TimeUnit.MILLISECONDS);
            discard(response.body());
            return Response.status(response.statusCode(), millis(started));
        } catch (UnsafeDestinationException e) {
            return Response.failure("refused destination: " + e.getMessage(), millis(started));
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return Response.failure("timed out", millis(started));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                return Response.failure("timed out", millis(started));
            }
            if (cause instanceof ConnectException) {
                return Response.failure("connection refused", millis(started));
            }
            return Response.failure(cause == null ? "failed" : cause.getClass().getSimpleName(), millis(started));
        } catch (InterruptedException e) {
            if (exchange != null) {
                exchange.cancel(true);
            }
            Thread.currentThread().interrupt();
            return Response.failure("interrupted", millis(started));
        }
    }

    /** The status is all a webhook answer carries: the body is dropped unread (and the connection with it). */
    private static void discard(InputStream body) {
        try {
            body.close();
        } catch (IOException ignored) {
            // nothing to keep
        }
    }

    private static int millis(long started) {
        return (int) ((System.nanoTime() - started) / 1_000_000);
    }
}

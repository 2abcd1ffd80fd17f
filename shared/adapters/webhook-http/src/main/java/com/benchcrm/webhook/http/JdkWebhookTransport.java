package com.benchcrm.webhook.http;

import com.benchcrm.webhook.DestinationGuard;
import com.benchcrm.webhook.UnsafeDestinationException;
import com.benchcrm.webhook.WebhookTransport;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;

/**
 * POSTs webhook attempts with the JDK HTTP client: destination checked by the guard first, no
 * redirects followed (a redirect is a failed attempt), a connect and a request timeout, the
 * response body discarded. Every failure becomes a {@link Response}.
 */
public final class JdkWebhookTransport implements WebhookTransport {

    private final HttpClient client;
    private final DestinationGuard guard;
    private final Duration timeout;

    public JdkWebhookTransport(DestinationGuard guard, Duration timeout) {
        this.guard = guard;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Override
    public Response post(URI url, Map<String, String> headers, String body) {
        long started = System.nanoTime();
        try {
            guard.check(url);
            HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout).POST(HttpRequest.BodyPublishers.ofString(body));
            headers.forEach(request::header);
            HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            return Response.status(response.statusCode(), millis(started));
        } catch (UnsafeDestinationException e) {
            return Response.failure("refused destination: " + e.getMessage(), millis(started));
        } catch (HttpTimeoutException e) {
            return Response.failure("timed out", millis(started));
        } catch (ConnectException e) {
            return Response.failure("connection refused", millis(started));
        } catch (IOException e) {
            return Response.failure(e.getClass().getSimpleName(), millis(started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Response.failure("interrupted", millis(started));
        }
    }

    private static int millis(long started) {
        return (int) ((System.nanoTime() - started) / 1_000_000);
    }
}

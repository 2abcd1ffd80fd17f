package com.benchcrm.webhook;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

/**
 * Port: POSTs one webhook attempt. Implementations check the destination with the
 * {@link DestinationGuard} first, never follow redirects, bound the whole exchange in time
 * (connect, request, response headers and body: a receiver that trickles its answer is cut off),
 * and report every failure (refused destination, timeout, connection error) as a {@link Response},
 * not an exception.
 */
@FunctionalInterface
public interface WebhookTransport {

    Response post(URI url, Map<String, String> headers, String body);

    /**
     * As {@link #post(URI, Map, String)}, over by {@code deadline} at the latest (or the
     * implementation's own timeout, whichever comes first).
     */
    default Response post(URI url, Map<String, String> headers, String body, Instant deadline) {
        return post(url, headers, body);
    }

    /**
     * @param statusCode the HTTP status, null when no response came
     * @param error      why it failed, in a few words, null on a 2xx
     */
    record Response(Integer statusCode, String error, int durationMs) {

        public boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }

        public static Response status(int code, int durationMs) {
            return new Response(code, code >= 200 && code < 300 ? null : "HTTP " + code, durationMs);
        }

        public static Response failure(String error, int durationMs) {
            return new Response(null, error, durationMs);
        }
    }
}

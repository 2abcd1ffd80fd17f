package com.benchcrm.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One event's delivery to one subscription, with its log of attempts. {@code id} is the
 * {@code webhook-id} the receiver sees on every attempt.
 */
public record WebhookDelivery(
        UUID id,
        UUID eventId,
        String eventType,
        DeliveryStatus status,
        int attempts,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant deliveredAt,
        Instant failedAt,
        Integer lastStatusCode,
        String lastError,
        List<Attempt> log) {

    public WebhookDelivery {
        log = List.copyOf(log);
    }

    /** One attempt: when, what came back (a status or an error) and how long it took. */
    public record Attempt(int attempt, Instant at, Integer statusCode, String error, int durationMs) {}
}

package com.benchcrm.webhook;

import com.benchcrm.persistence.Tx;
import com.benchcrm.tenancy.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: the state of each delivery of an event to a subscription, as the dispatcher moves it
 * along (created, leased for an attempt, handed to a timer, delivered or failed), in the
 * {@link Tx}'s tenant; and the re-arm of every tenant's pending deliveries after a restart.
 */
public interface WebhookDeliveryRepository {

    /**
     * A delivery as the dispatcher reads it under its row lock, with its subscription's URL and secret.
     *
     * @param timerToken the token of the timer that owns the delivery; null while the event message owns it
     */
    record DeliveryState(DeliveryStatus status, UUID timerToken, Instant leaseUntil, Instant nextAttemptAt, int attempts,
                         Instant firstAttemptAt, UUID eventId, String eventType, String body, UUID subscriptionId, String url,
                         String secret) {
    }

    /** What the last failed attempt got: a status code or an error. */
    record LastResult(Integer statusCode, String error) {
    }

    /** A pending delivery with its new timer. */
    record Rearmed(TenantId tenant, UUID delivery, UUID token, Instant due) {
    }

    /** The tenant's subscriptions to this event type. */
    List<UUID> subscriptionsFor(Tx tx, String eventType);

    /** Creates a pending delivery due {@code now}; nothing when the subscription has one for this event already. */
    void create(Tx tx, UUID id, UUID subscription, UUID eventId, String eventType, String body, Instant now);

    /** The event's pending deliveries that no timer owns yet, by id. */
    List<UUID> unownedPending(Tx tx, UUID eventId);

    /** Reads the delivery and locks it until the transaction ends. */
    Optional<DeliveryState> lock(Tx tx, UUID delivery);

    /** Takes the lease of an attempt: counts it, and notes the first and latest attempt times. */
    void startAttempt(Tx tx, UUID delivery, int attempt, Instant firstAttemptAt, Instant now, Instant leaseUntil);

    /**
     * Undoes {@link #startAttempt} for an attempt that never sent anything (no delivery slot came free
     * before the batch deadline): the count goes back to {@code attempt - 1} and the first attempt time
     * to {@code previousFirstAttemptAt}; nothing when another attempt has started since.
     */
    void abandonAttempt(Tx tx, UUID delivery, int attempt, Instant previousFirstAttemptAt);

    /** Logs an attempt (once per attempt number). */
    void logAttempt(Tx tx, UUID delivery, WebhookDelivery.Attempt attempt);

    /** Marks the delivery delivered and releases the lease. */
    void succeeded(Tx tx, UUID delivery, Instant at, Integer statusCode);

    /** Marks a pending delivery failed (dead-lettered); false when it was no longer pending. */
    boolean failed(Tx tx, UUID delivery, Instant at, LastResult last);

    /**
     * Hands a pending delivery from its owner ({@code ownerToken}, null for the event message) to the
     * timer {@code newToken}, due at {@code due}, releasing the lease and, when {@code last} is given,
     * noting the failed attempt's result; nothing when the owner no longer owns it.
     */
    void handOver(Tx tx, UUID delivery, UUID ownerToken, UUID newToken, Instant due, LastResult last);

    /**
     * Gives every pending delivery of every tenant a new timer token (due when it was due, or now),
     * in a transaction without a tenant, and returns them.
     */
    List<Rearmed> rearmAll(Tx tx);
}

package com.benchcrm.webhook;

import com.benchcrm.persistence.Tx;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: the webhook subscriptions of the {@link Tx}'s tenant (each with its signing secret, stored
 * sealed by {@link WebhookSecrets}; a row written before sealing may still hold it plain until it is
 * first read or written) and their delivery log. Deleting a subscription deletes its deliveries and
 * their attempts.
 */
public interface WebhookRepository {

    /**
     * Serializes subscription changes of the tenant until the transaction ends (PostgreSQL: a
     * transaction-scoped advisory lock), so a per-tenant limit checked with {@link #count} holds.
     */
    void lockSubscriptions(Tx tx);

    long count(Tx tx);

    /** @param sealedSecret the signing secret as {@link WebhookSecrets#seal} returned it; a store refuses anything else */
    void insert(Tx tx, Webhook webhook, String sealedSecret);

    Optional<Webhook> find(Tx tx, UUID id);

    /** Replaces the stored secret with this sealed one (a plain one is removed); true when it was different. */
    boolean replaceSecret(Tx tx, UUID id, String sealedSecret);

    /** The stored secret: sealed, or plain for a row written before sealing existed. */
    Optional<String> storedSecret(Tx tx, UUID id);

    /** Replaces the URL, event types and description (the creator and creation time stay). */
    void update(Tx tx, UUID id, String url, List<String> eventTypes, String description);

    /** Deletes the subscription with its deliveries and their attempts; true when there was one. */
    boolean delete(Tx tx, UUID id);

    /** Up to {@code limit} subscriptions with ids below {@code before} (all when empty), newest first. */
    List<Webhook> list(Tx tx, Optional<UUID> before, int limit);

    /** Up to {@code limit} deliveries of the subscription with ids below {@code before}, newest first, each with its attempts. */
    List<WebhookDelivery> deliveries(Tx tx, UUID subscription, Optional<UUID> before, int limit);
}

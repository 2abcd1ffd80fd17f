package com.benchcrm.testing.memory;

import com.benchcrm.persistence.Tx;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.webhook.DeliveryStatus;
import com.benchcrm.webhook.Webhook;
import com.benchcrm.webhook.WebhookDelivery;
import com.benchcrm.webhook.WebhookDeliveryRepository;
import com.benchcrm.webhook.WebhookRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link WebhookRepository} and {@link WebhookDeliveryRepository} in memory, over the same three
 * tables PostgreSQL has: subscriptions, deliveries (unique per subscription and event) and attempts
 * (unique per delivery and attempt number); deleting a subscription deletes its deliveries and
 * their attempts.
 */
public final class InMemoryWebhookRepository implements WebhookRepository, WebhookDeliveryRepository {

    record Subscription(Webhook webhook, String secret) {
    }

    /** A delivery row. */
    public record Delivery(UUID id, UUID subscriptionId, UUID eventId, String eventType, String body, DeliveryStatus status,
                           UUID timerToken, Instant leaseUntil, Instant nextAttemptAt, int attempts, Instant firstAttemptAt,
                           Instant lastAttemptAt, Instant createdAt, Instant deliveredAt, Instant failedAt, Integer lastStatusCode,
                           String lastError) {

        Delivery with(DeliveryStatus status, UUID timerToken, Instant leaseUntil, Instant nextAttemptAt, int attempts,
                      Instant firstAttemptAt, Instant lastAttemptAt, Instant deliveredAt, Instant failedAt, Integer lastStatusCode,
                      String lastError) {
            return new Delivery(id, subscriptionId, eventId, eventType, body, status, timerToken, leaseUntil, nextAttemptAt, attempts,
                    firstAttemptAt, lastAttemptAt, createdAt, deliveredAt, failedAt, lastStatusCode, lastError);
        }
    }

    private final Table<UUID, Subscription> subscriptions;
    private final Table<UUID, Delivery> deliveries;
    private final Table<String, WebhookDelivery.Attempt> attempts;
    private final Clock clock;

    InMemoryWebhookRepository(InMemoryTransactions store, Clock clock) {
        this.subscriptions = store.table(Uuids.ORDER);
        this.deliveries = store.table(Uuids.ORDER);
        this.attempts = store.table(String::compareTo);
        this.clock = clock;
    }

    private static Instant micros(Instant i) {
        return i == null ? null : i.truncatedTo(ChronoUnit.MICROS);
    }

    // ------------------------------------------------------------------ subscriptions

    @Override
    public void lockSubscriptions(Tx tx) {
        subscriptions.rows(tx); // the store's transaction lock serializes every transaction already
    }

    @Override
    public long count(Tx tx) {
        return subscriptions.rows(tx).size();
    }

    @Override
    public void insert(Tx tx, Webhook w, String secret) {
        subscriptions.rows(tx).put(w.id(), new Subscription(new Webhook(w.id(), w.url(), w.eventTypes(), w.description(),
                w.createdBy(), micros(w.createdAt())), secret));
    }

    @Override
    public Optional<Webhook> find(Tx tx, UUID id) {
        return Optional.ofNullable(subscriptions.rows(tx).get(id)).map(Subscription::webhook);
    }

    /** The stored secret (sealed, or plain for a row written before sealing; for tests). */
    public Optional<String> secret(Tx tx, UUID id) {
        return storedSecret(tx, id);
    }

    /** Stores any value as the secret, as a row written before sealing would hold it (tests). */
    public void forceStoredSecret(Tx tx, UUID id, String value) {
        subscriptions.rows(tx).computeIfPresent(id, (k, s) -> new Subscription(s.webhook(), value));
    }

    @Override
    public Optional<String> storedSecret(Tx tx, UUID id) {
        return Optional.ofNullable(subscriptions.rows(tx).get(id)).map(Subscription::secret);
    }

    @Override
    public boolean replaceSecret(Tx tx, UUID id, String secret) {
        Subscription s = subscriptions.rows(tx).get(id);
        if (s == null || Objects.equals(s.secret(), secret)) {
            return false;
        }
        subscriptions.rows(tx).put(id, new Subscription(s.webhook(), secret));
        return true;
    }

    @Override
    public void update(Tx tx, UUID id, String url, List<String> eventTypes, String description) {
        subscriptions.rows(tx).computeIfPresent(id, (k, s) -> new Subscription(new Webhook(id, url, eventTypes, description,
                s.webhook().createdBy(), s.webhook().createdAt()), s.secret()));
    }

    @Override
    public boolean delete(Tx tx, UUID id) {
        if (subscriptions.rows(tx).remove(id) == null) {
            return false;
        }
        List<UUID> gone = deliveries.rows(tx).values().stream().filter(d -> d.subscriptionId().equals(id)).map(Delivery::id).toList();
        gone.forEach(deliveries.rows(tx)::remove);
        attempts.rows(tx).keySet().removeIf(k -> gone.stream().anyMatch(d -> k.startsWith(d + "|")));
        return true;
    }

    @Override
    public List<Webhook> list(Tx tx, Optional<UUID> before, int limit) {
        NavigableMap<UUID, Subscription> all = subscriptions.rows(tx);
        NavigableMap<UUID, Subscription> view = before.isPresent() ? all.headMap(before.get(), false) : all;
        return view.descendingMap().values().stream().map(Subscription::webhook).limit(limit).toList();
    }

    @Override
    public List<WebhookDelivery> deliveries(Tx tx, UUID subscription, Optional<UUID> before, int limit) {
        NavigableMap<UUID, Delivery> all = deliveries.rows(tx);
        NavigableMap<UUID, Delivery> view = before.isPresent() ? all.headMap(before.get(), false) : all;
        return view.descendingMap().values().stream().filter(d -> d.subscriptionId().equals(subscription)).limit(limit)
                .map(d -> new WebhookDelivery(d.id(), d.eventId(), d.eventType(), d.status(), d.attempts(), d.createdAt(),
                        d.status() == DeliveryStatus.PENDING ? d.nextAttemptAt() : null, d.deliveredAt(), d.failedAt(),
                        d.lastStatusCode(), d.lastError(), attemptsOf(tx, d.id())))
                .toList();
    }

    private List<WebhookDelivery.Attempt> attemptsOf(Tx tx, UUID delivery) {
        return attempts.rows(tx).entrySet().stream().filter(e -> e.getKey().startsWith(delivery + "|")).map(Map.Entry::getValue)
                .sorted(Comparator.comparingInt(WebhookDelivery.Attempt::attempt)).toList();
    }

    // ------------------------------------------------------------------ deliveries

    @Override
    public List<UUID> subscriptionsFor(Tx tx, String eventType) {
        return subscriptions.rows(tx).values().stream().filter(s -> s.webhook().eventTypes().contains(eventType))
                .map(s -> s.webhook().id()).toList();
    }

    @Override
    public void create(Tx tx, UUID id, UUID subscription, UUID eventId, String eventType, String body, Instant now) {
        Map<UUID, Delivery> all = deliveries.rows(tx);
        boolean exists = all.values().stream().anyMatch(d -> d.subscriptionId().equals(subscription) && d.eventId().equals(eventId));
        if (!exists) {
            Instant at = micros(now);
            all.put(id, new Delivery(id, subscription, eventId, eventType, body, DeliveryStatus.PENDING, null, null, at, 0, null, null,
                    at, null, null, null, null));
        }
    }

    @Override
    public List<UUID> unownedPending(Tx tx, UUID eventId) {
        return deliveries.rows(tx).values().stream()
                .filter(d -> d.eventId().equals(eventId) && d.status() == DeliveryStatus.PENDING && d.timerToken() == null)
                .map(Delivery::id).toList();
    }

    @Override
    public Optional<DeliveryState> lock(Tx tx, UUID delivery) {
        Delivery d = deliveries.rows(tx).get(delivery);
        if (d == null) {
            return Optional.empty();
        }
        Subscription s = subscriptions.rows(tx).get(d.subscriptionId());
        return Optional.of(new DeliveryState(d.status(), d.timerToken(), d.leaseUntil(), d.nextAttemptAt(), d.attempts(),
                d.firstAttemptAt(), d.eventId(), d.eventType(), d.body(), d.subscriptionId(), s.webhook().url(), s.secret()));
    }

    @Override
    public void startAttempt(Tx tx, UUID delivery, int attempt, Instant firstAttemptAt, Instant now, Instant leaseUntil) {
        deliveries.rows(tx).computeIfPresent(delivery, (k, d) -> d.with(d.status(), d.timerToken(), micros(leaseUntil),
                d.nextAttemptAt(), attempt, micros(firstAttemptAt), micros(now), d.deliveredAt(), d.failedAt(), d.lastStatusCode(),
                d.lastError()));
    }

    @Override
    public void abandonAttempt(Tx tx, UUID delivery, int attempt, Instant previousFirstAttemptAt) {
        deliveries.rows(tx).computeIfPresent(delivery, (k, d) -> d.attempts() != attempt ? d : d.with(d.status(), d.timerToken(), null,
                d.nextAttemptAt(), attempt - 1, micros(previousFirstAttemptAt), d.lastAttemptAt(), d.deliveredAt(), d.failedAt(),
                d.lastStatusCode(), d.lastError()));
    }

    @Override
    public void logAttempt(Tx tx, UUID delivery, WebhookDelivery.Attempt a) {
        attempts.rows(tx).putIfAbsent(delivery + "|" + String.format("%09d", a.attempt()),
                new WebhookDelivery.Attempt(a.attempt(), micros(a.at()), a.statusCode(), a.error(), a.durationMs()));
    }

    @Override
    public void succeeded(Tx tx, UUID delivery, Instant at, Integer statusCode) {
        deliveries.rows(tx).computeIfPresent(delivery, (k, d) -> d.with(DeliveryStatus.SUCCEEDED, d.timerToken(), null,
                d.nextAttemptAt(), d.attempts(), d.firstAttemptAt(), d.lastAttemptAt(), micros(at), d.failedAt(), statusCode, null));
    }

    @Override
    public boolean failed(Tx tx, UUID delivery, Instant at, LastResult last) {
        Delivery d = deliveries.rows(tx).get(delivery);
        if (d == null || d.status() != DeliveryStatus.PENDING) {
            return false;
        }
        deliveries.rows(tx).put(delivery, d.with(DeliveryStatus.FAILED, d.timerToken(), null, null, d.attempts(), d.firstAttemptAt(),
                d.lastAttemptAt(), d.deliveredAt(), micros(at), last.statusCode(), last.error()));
        return true;
    }

    @Override
    public void handOver(Tx tx, UUID delivery, UUID ownerToken, UUID newToken, Instant due, LastResult last) {
        Delivery d = deliveries.rows(tx).get(delivery);
        if (d == null || d.status() != DeliveryStatus.PENDING || !Objects.equals(d.timerToken(), ownerToken)) {
            return;
        }
        deliveries.rows(tx).put(delivery, d.with(d.status(), newToken, null, micros(due), d.attempts(), d.firstAttemptAt(),
                d.lastAttemptAt(), d.deliveredAt(), d.failedAt(), last == null ? d.lastStatusCode() : last.statusCode(),
                last == null ? d.lastError() : last.error()));
    }

    @Override
    public List<Rearmed> rearmAll(Tx tx) {
        Instant now = micros(clock.instant());
        List<Rearmed> out = new ArrayList<>();
        for (Map.Entry<TenantId, NavigableMap<UUID, Delivery>> tenant : deliveries.allTenants(tx).entrySet()) {
            tenant.getValue().replaceAll((id, d) -> {
                if (d.status() != DeliveryStatus.PENDING) {
                    return d;
                }
                Delivery re = d.with(d.status(), UUID.randomUUID(), null, d.nextAttemptAt() == null ? now : d.nextAttemptAt(),
                        d.attempts(), d.firstAttemptAt(), d.lastAttemptAt(), d.deliveredAt(), d.failedAt(), d.lastStatusCode(),
                        d.lastError());
                out.add(new Rearmed(tenant.getKey(), id, re.timerToken(), re.nextAttemptAt()));
                return re;
            });
        }
        return out;
    }

    /** A delivery row (for tests). */
    public Optional<Delivery> delivery(Tx tx, UUID id) {
        return Optional.ofNullable(deliveries.rows(tx).get(id));
    }
}

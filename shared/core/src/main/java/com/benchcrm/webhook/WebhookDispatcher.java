package com.benchcrm.webhook;

import com.benchcrm.common.Ids;
import com.benchcrm.events.DomainEvent;
import com.benchcrm.events.EventCatalog;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.security.Caller;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.persistence.Tx;
import com.benchcrm.secrets.SecretUnavailableException;
import com.benchcrm.tenancy.TenantAccess;
import com.benchcrm.tenancy.TenantId;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers a tenant's events to its webhook subscriptions: the consumer of the webhook queue.
 *
 * <p>{@link #onEvent} (an event from the bus) creates one delivery per matching subscription of the
 * event's tenant, idempotently (unique per subscription and event, so a redelivered event creates
 * nothing twice), and attempts each. A failed attempt schedules a {@link DeliveryTimer}; the timer's
 * message comes back through {@link #onTimer}. Exactly one message owns a pending delivery at a
 * time: the event message until the first retry is scheduled, then the timer whose token the row
 * holds; any other copy is dropped. A timer is sent before the row naming it commits, so a crash
 * between the two leaves the old owner in charge, whose message is redelivered.
 *
 * <p>An attempt claims a lease on the row, takes a slot of its tenant and destination
 * ({@link DeliverySlots}), POSTs outside any transaction with a total deadline (never past the
 * batch's), then records the attempt in the delivery log. An attempt that gets no slot before the
 * deadline is deferred: its count is undone and a timer due shortly takes the delivery over, so a
 * tenant's slow receiver costs other tenants neither time nor retries (ADR 0055). An event's
 * deliveries are attempted concurrently.
 *
 * <p>A suspended tenant gets no webhooks: an event creates no deliveries, and a pending delivery
 * fails without an attempt ({@code tenant suspended}). After {@link RetryPolicy#givesUp} the delivery is dead-lettered: status
 * FAILED and a {@code WebhookDeliveryFailed} event in the outbox, in one transaction (not for a
 * delivery of a {@code WebhookDeliveryFailed} event itself, which would loop).
 *
 * <pre>{@code
 * dispatcher.onEvent(DomainEvent.parse(detailJson), deadline);
 * dispatcher.onTimer(DeliveryTimer.Message.fromNode(body), deadline);
 * }</pre>
 */
public final class WebhookDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final String SYSTEM_ACTOR = "system:webhooks";

    /** How long an attempt holds its lease: longer than the transport's timeout. */
    public static final Duration LEASE = Duration.ofSeconds(60);
    /** An attempt starts only with at least this much time before the deadline; otherwise it is deferred. */
    static final Duration MIN_ATTEMPT_TIME = Duration.ofSeconds(1);
    /** The deadline of a call that gives none: the transport's own timeout is then the only bound. */
    private static final Duration NO_DEADLINE = Duration.ofDays(1);

    /**
     * @param slots      how many POSTs may run at once per tenant and destination
     * @param deferDelay when a deferred delivery (no slot before the deadline) is tried again
     */
    public record Settings(DeliverySlots slots, Duration deferDelay) {
    }

    private final Transactions transactions;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookTransport transport;
    private final DeliveryTimer timer;
    private final RetryPolicy policy;
    private final Outbox outbox;
    private final Ids ids;
    private final Clock clock;
    private final WebhookSecrets secrets;
    private final TenantAccess tenants;
    private final Settings settings;
    private final ExecutorService attempts = Executors.newVirtualThreadPerTaskExecutor();

    public WebhookDispatcher(Transactions transactions, WebhookDeliveryRepository deliveries, WebhookTransport transport,
                             DeliveryTimer timer, RetryPolicy policy, Outbox outbox, WebhookSecrets secrets, TenantAccess tenants,
                             Settings settings, Ids ids, Clock clock) {
        this.transactions = transactions;
        this.deliveries = deliveries;
        this.transport = transport;
        this.timer = timer;
        this.policy = policy;
        this.outbox = outbox;
        this.secrets = secrets;
        this.tenants = tenants;
        this.settings = settings;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Fans an event out to its tenant's matching subscriptions and attempts the deliveries it owns.
     * The deliveries are created and claimed in one transaction (one round trip fewer per event).
     */
    public void onEvent(DomainEvent event) {
        onEvent(event, clock.instant().plus(NO_DEADLINE));
    }

    /** As {@link #onEvent(DomainEvent)}, every attempt finished (or deferred) by {@code deadline}. */
    public void onEvent(DomainEvent event, Instant deadline) {
        if (!tenants.isActive(event.tenant())) {
            LOG.info("no webhooks for event {}: tenant {} is suspended", event.id(), event.tenant());
            return;
        }
        List<Map.Entry<UUID, Claim>> claims = transactions.inTenant(event.tenant(), tx -> {
            List<UUID> subscriptions = deliveries.subscriptionsFor(tx, event.type());
            if (subscriptions.isEmpty()) {
                return List.of();
            }
            String body = event.toJson();
            Instant now = clock.instant();
            for (UUID subscription : subscriptions) {
                deliveries.create(tx, ids.next(), subscription, event.id(), event.type(), body, now);
            }
            List<Map.Entry<UUID, Claim>> claimed = new ArrayList<>();
            for (UUID delivery : deliveries.unownedPending(tx, event.id())) {
                claimed.add(Map.entry(delivery, claimIn(tx, delivery, null)));
            }
            return claimed;
        });
        if (claims.size() == 1) {
            act(event.tenant(), claims.get(0).getKey(), null, claims.get(0).getValue(), deadline);
            return;
        }
        // the event's deliveries at once: a slow subscription does not hold up the tenant's others
        List<Future<?>> running = new ArrayList<>();
        for (Map.Entry<UUID, Claim> c : claims) {
            running.add(attempts.submit(() -> act(event.tenant(), c.getKey(), null, c.getValue(), deadline)));
        }
        RuntimeException first = null;
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (ExecutionException e) {
                RuntimeException failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                if (first == null) {
                    first = failure;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while delivering event " + event.id(), e);
            }
        }
        if (first != null) {
            throw first; // the message comes back; the deliveries that succeeded are done and are not sent again
        }
    }

    /** A timer came due (or a hop of a long wait ended). */
    public void onTimer(DeliveryTimer.Message message) {
        onTimer(message, clock.instant().plus(NO_DEADLINE));
    }

    /** As {@link #onTimer(DeliveryTimer.Message)}, the attempt finished (or deferred) by {@code deadline}. */
    public void onTimer(DeliveryTimer.Message message, Instant deadline) {
        act(message.tenant(), message.delivery(), message.token(),
                transactions.inTenant(message.tenant(), tx -> claimIn(tx, message.delivery(), message.token())), deadline);
    }

    private void act(TenantId tenant, UUID delivery, UUID ownerToken, Claim claim, Instant deadline) {
        switch (claim.kind()) {
            case DONE -> {
            }
            case NOT_DUE -> reschedule(tenant, delivery, ownerToken, claim.nextAttemptAt(), null, null);
            case DUE -> {
                if (!tenants.isActive(tenant)) {
                    suspended(tenant, delivery, claim);
                } else {
                    attempt(tenant, delivery, ownerToken, claim, deadline);
                }
            }
        }
    }

    /** Locks the delivery row and, when this message owns it and it is due, takes the attempt's lease. */
    private Claim claimIn(Tx tx, UUID delivery, UUID ownerToken) {
        Optional<WebhookDeliveryRepository.DeliveryState> found = deliveries.lock(tx, delivery);
        if (found.isEmpty()) {
            return Claim.done();
        }
        WebhookDeliveryRepository.DeliveryState d = found.get();
        if (d.status() != DeliveryStatus.PENDING || !Objects.equals(d.timerToken(), ownerToken)) {
            return Claim.done();
        }
        Instant now = clock.instant();
        if (d.leaseUntil() != null && d.leaseUntil().isAfter(now)) {
            throw new DeliveryBusyException(delivery);
        }
        if (d.nextAttemptAt().isAfter(now)) {
            return Claim.notDue(d.nextAttemptAt());
        }
        Instant first = d.firstAttemptAt() == null ? now : d.firstAttemptAt();
        int attempt = d.attempts() + 1;
        deliveries.startAttempt(tx, delivery, attempt, first, now, now.plus(LEASE));
        return new Claim(Claim.Kind.DUE, null, attempt, first, d.firstAttemptAt(), d.subscriptionId(), d.eventId(), d.eventType(), d.url(),
                d.secret(), d.body());
    }

    private void attempt(TenantId tenant, UUID delivery, UUID ownerToken, Claim claim, Instant deadline) {
        URI url = URI.create(claim.url());
        if (Duration.between(clock.instant(), deadline).compareTo(MIN_ATTEMPT_TIME) < 0) {
            defer(tenant, delivery, ownerToken, claim);
            return;
        }
        java.util.Optional<DeliverySlots.Slot> slot = settings.slots().acquire(tenant, url, deadline.minus(MIN_ATTEMPT_TIME));
        if (slot.isEmpty()) {
            defer(tenant, delivery, ownerToken, claim);
            return;
        }
        Instant at;
        WebhookTransport.Response response;
        try (DeliverySlots.Slot held = slot.get()) {
            at = clock.instant();
            response = post(tenant, delivery, url, claim, at, deadline);
        }
        WebhookDelivery.Attempt logged = new WebhookDelivery.Attempt(claim.attempt(), at, response.statusCode(),
                truncate(response.error()), response.durationMs());
        if (response.delivered()) {
            transactions.inTenant(tenant, tx -> {
                deliveries.logAttempt(tx, delivery, logged);
                deliveries.succeeded(tx, delivery, clock.instant(), logged.statusCode());
                return null;
            });
            return;
        }
        Instant next = clock.instant().plus(policy.delayAfter(claim.attempt()));
        WebhookDeliveryRepository.LastResult last = new WebhookDeliveryRepository.LastResult(response.statusCode(), logged.error());
        if (policy.givesUp(claim.firstAttemptAt(), next)) {
            deadLetter(tenant, delivery, claim, response, logged, last);
            return;
        }
        LOG.info("webhook delivery {} attempt {} failed ({}); next attempt at {}", delivery, claim.attempt(), response.error(), next);
        reschedule(tenant, delivery, ownerToken, next, logged, last);
    }

    private WebhookTransport.Response post(TenantId tenant, UUID delivery, URI url, Claim claim, Instant at, Instant deadline) {
        String secret;
        try {
            secret = secrets.open(tenant, claim.subscription(), claim.secret());
        } catch (SecretUnavailableException e) {
            LOG.warn("webhook delivery {}: signing secret unavailable: {}", delivery, e.getMessage());
            return WebhookTransport.Response.failure("signing secret unavailable: " + e.getMessage(), 0);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "application/json");
        headers.put("user-agent", "BenchCRM-Webhooks/1");
        headers.putAll(WebhookSignature.headers(secret, delivery.toString(), at, claim.body()));
        try {
            return transport.post(url, headers, claim.body(), deadline);
        } catch (RuntimeException e) {
            return WebhookTransport.Response.failure(e.getClass().getSimpleName(), 0);
        }
    }

    /**
     * No slot before the deadline: the attempt never happened. Its count is undone and a timer due
     * after {@link Settings#deferDelay()} takes the delivery over, in one transaction guarded by the
     * owner's token; the message that carried it is done, so no receive is counted against it.
     */
    private void defer(TenantId tenant, UUID delivery, UUID ownerToken, Claim claim) {
        UUID token = UUID.randomUUID();
        Instant due = clock.instant().plus(settings.deferDelay());
        timer.schedule(new DeliveryTimer.Message(tenant, delivery, token), due);
        transactions.inTenant(tenant, tx -> {
            deliveries.abandonAttempt(tx, delivery, claim.attempt(), claim.previousFirstAttemptAt());
            deliveries.handOver(tx, delivery, ownerToken, token, due, null);
            return null;
        });
        LOG.info("webhook delivery {} deferred to {}: no delivery slot of its tenant or destination came free in time", delivery, due);
    }

    /** A suspended tenant's pending delivery fails without an attempt (and announces nothing). */
    private void suspended(TenantId tenant, UUID delivery, Claim claim) {
        transactions.inTenant(tenant, tx -> {
            deliveries.abandonAttempt(tx, delivery, claim.attempt(), claim.previousFirstAttemptAt());
            deliveries.failed(tx, delivery, clock.instant(), new WebhookDeliveryRepository.LastResult(null, "tenant suspended"));
            return null;
        });
        LOG.info("webhook delivery {} not sent: tenant {} is suspended", delivery, tenant);
    }

    private void deadLetter(TenantId tenant, UUID delivery, Claim claim, WebhookTransport.Response response,
                            WebhookDelivery.Attempt logged, WebhookDeliveryRepository.LastResult last) {
        Instant now = clock.instant();
        transactions.inTenant(tenant, tx -> {
            deliveries.logAttempt(tx, delivery, logged);
            boolean changed = deliveries.failed(tx, delivery, now, last);
            if (changed && !EventCatalog.WEBHOOK_DELIVERY_FAILED.equals(claim.eventType())) {
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("subscriptionId", claim.subscription().toString());
                data.put("deliveryId", delivery.toString());
                data.put("eventId", claim.eventId().toString());
                data.put("eventType", claim.eventType());
                data.put("attempts", claim.attempt());
                if (response.statusCode() != null) {
                    data.put("lastStatusCode", response.statusCode());
                }
                if (response.error() != null) {
                    data.put("lastError", truncate(response.error()));
                }
                data.put("firstAttemptAt", claim.firstAttemptAt().toString());
                data.put("failedAt", now.toString());
                outbox.append(tx, new Caller(tenant, SYSTEM_ACTOR, Set.of(), ""), EventCatalog.WEBHOOK_DELIVERY_FAILED,
                        EventCatalog.currentVersion(EventCatalog.WEBHOOK_DELIVERY_FAILED), "webhook_delivery", delivery, data);
            }
            return null;
        });
        LOG.warn("webhook delivery {} dead-lettered after {} attempts ({})", delivery, claim.attempt(), response.error());
    }

    /**
     * Hands the delivery to a new timer: sends the timer first, then makes it the owner (and releases
     * the lease, and logs the failed attempt when there was one) in one transaction guarded by the old
     * owner's token.
     */
    private void reschedule(TenantId tenant, UUID delivery, UUID ownerToken, Instant due, WebhookDelivery.Attempt failedAttempt,
                            WebhookDeliveryRepository.LastResult last) {
        UUID token = UUID.randomUUID();
        timer.schedule(new DeliveryTimer.Message(tenant, delivery, token), due);
        transactions.inTenant(tenant, tx -> {
            if (failedAttempt != null) {
                deliveries.logAttempt(tx, delivery, failedAttempt);
            }
            deliveries.handOver(tx, delivery, ownerToken, token, due, last);
            return null;
        });
    }

    private static String truncate(String s) {
        return s == null ? null : s.length() <= 500 ? s : s.substring(0, 500);
    }

    /** @param secret the stored signing secret (sealed; plain for a subscription written before sealing) */
    private record Claim(Kind kind, Instant nextAttemptAt, int attempt, Instant firstAttemptAt, Instant previousFirstAttemptAt,
                         UUID subscription, UUID eventId, String eventType, String url, String secret, String body) {

        enum Kind { DONE, NOT_DUE, DUE }

        static Claim done() {
            return new Claim(Kind.DONE, null, 0, null, null, null, null, null, null, null, null);
        }

        static Claim notDue(Instant next) {
            return new Claim(Kind.NOT_DUE, next, 0, null, null, null, null, null, null, null, null);
        }
    }
}

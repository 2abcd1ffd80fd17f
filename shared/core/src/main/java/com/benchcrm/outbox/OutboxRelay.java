package com.benchcrm.outbox;

import com.benchcrm.events.DomainEvent;
import com.benchcrm.events.EventPublisher;
import com.benchcrm.events.PublishResult;
import com.benchcrm.persistence.Transactions;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes committed outbox rows of every tenant and marks them published.
 *
 * <p>One {@link #relayOnce()} claims up to a batch of rows nobody has claimed (a lease, so relays
 * may run side by side), publishes them, marks the accepted ones published and gives the rest back
 * with a back-off. {@link #sweep()} claims rows whose lease expired: rows a relay claimed and then
 * died on, and rows given back after a failed publish. A crash anywhere loses nothing; a crash
 * after the bus accepted an event but before it was marked publishes that event again, which
 * consumers absorb by deduping on the event id.
 *
 * <pre>{@code
 * OutboxRelay relay = new OutboxRelay(transactions, outboxRepository, publisher, OutboxRelay.Settings.defaults());
 * relay.drain(() -> stopping, Duration.ofMillis(100), Duration.ofSeconds(5));  // embedded stack
 * relay.drainFor(Duration.ofSeconds(50), ...);                                  // the scheduled function
 * }</pre>
 *
 * <p>It reads across tenants in transactions without a tenant, through {@link OutboxRepository}
 * (PostgreSQL: the definer functions {@code outbox_claim}, {@code outbox_mark_published} and
 * {@code outbox_release}, ADR 0011), never by lifting row-level security for its role.
 */
public final class OutboxRelay {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

    /**
     * @param batchSize  rows per claim (the publisher splits them into bus-sized requests)
     * @param lease      how long a claim hides a row from other relays; longer than a publish takes
     * @param retryAfter how long a row whose publish failed waits before the sweeper retries it
     */
    public record Settings(int batchSize, Duration lease, Duration retryAfter) {

        public Settings {
            if (batchSize < 1 || batchSize > 500) {
                throw new IllegalArgumentException("batchSize must be 1-500");
            }
            Objects.requireNonNull(lease, "lease");
            Objects.requireNonNull(retryAfter, "retryAfter");
            if (lease.toSeconds() < 1 || retryAfter.isNegative()) {
                throw new IllegalArgumentException("the lease must be at least a second and retryAfter not negative");
            }
        }

        /** 100 rows, 30 s lease, 5 s before a failed publish is retried. */
        public static Settings defaults() {
            return new Settings(100, Duration.ofSeconds(30), Duration.ofSeconds(5));
        }
    }

    /** What one claim-publish-mark round did. */
    public record Round(int claimed, int published, int failed) {

        static final Round NOTHING = new Round(0, 0, 0);

        Round plus(Round other) {
            return new Round(claimed + other.claimed, published + other.published, failed + other.failed);
        }
    }

    private final Transactions transactions;
    private final OutboxRepository outbox;
    private final EventPublisher publisher;
    private final Settings settings;

    public OutboxRelay(
            Transactions transactions, OutboxRepository outbox, EventPublisher publisher, Settings settings) {
        this.transactions = transactions;
        this.outbox = outbox;
        this.publisher = publisher;
        this.settings = settings;
    }

    /** Claims, publishes and marks one batch of rows nobody has claimed yet. */
    public Round relayOnce() {
        return round(false);
    }

    /** Claims, publishes and marks one batch of rows whose claim expired. */
    public Round sweep() {
        return round(true);
    }

    /**
     * Relays until {@code stop} says so: batches back to back while there is work, then a poll every
     * {@code idlePoll}; a sweep every {@code sweepEvery}. Failures are logged and retried, never thrown.
     */
    public Round drain(BooleanSupplier stop, Duration idlePoll, Duration sweepEvery) {
        Round total = Round.NOTHING;
        long nextSweep = 0;
        while (!stop.getAsBoolean()) {
            Round round;
            try {
                if (System.nanoTime() - nextSweep >= 0) {
                    total = total.plus(sweep());
                    nextSweep = System.nanoTime() + sweepEvery.toNanos();
                }
                round = relayOnce();
            } catch (RuntimeException e) {
                LOG.warn("outbox relay round failed, retrying: {}", e.toString());
                round = Round.NOTHING;
            }
            total = total.plus(round);
            if (round.claimed() < settings.batchSize() && !sleep(idlePoll)) {
                break;
            }
        }
        return total;
    }

    /** Drains for at most {@code budget} (a scheduled function's run), sweeping first. */
    public Round drainFor(Duration budget, Duration idlePoll) {
        long deadline = System.nanoTime() + budget.toNanos();
        return drain(() -> System.nanoTime() - deadline >= 0, idlePoll, budget.plusSeconds(1));
    }

    /** Unpublished rows and the age of the oldest, across tenants. */
    public OutboxRepository.Backlog backlog() {
        return transactions.withoutTenant(outbox::backlog);
    }

    private Round round(boolean expiredOnly) {
        List<DomainEvent> events = claim(expiredOnly);
        if (events.isEmpty()) {
            return Round.NOTHING;
        }
        PublishResult result;
        try {
            result = publisher.publish(events);
        } catch (RuntimeException e) {
            LOG.warn(
                    "publishing {} events failed; they are retried in {}: {}",
                    events.size(),
                    settings.retryAfter(),
                    e.toString());
            release(events, e.getClass().getSimpleName() + ": " + e.getMessage());
            return new Round(events.size(), 0, events.size());
        }
        if (!result.published().isEmpty()) {
            transactions.withoutTenant(tx -> {
                outbox.markPublished(tx, result.published());
                return null;
            });
        }
        if (!result.failed().isEmpty()) {
            List<DomainEvent> failed = events.stream()
                    .filter(e -> result.failed().containsKey(e.id()))
                    .toList();
            String reason = result.failed().values().iterator().next();
            LOG.warn(
                    "the bus refused {} of {} events (e.g. {}); they are retried in {}",
                    failed.size(),
                    events.size(),
                    reason,
                    settings.retryAfter());
            release(failed, reason);
        }
        return new Round(
                events.size(), result.published().size(), result.failed().size());
    }

    private List<DomainEvent> claim(boolean expiredOnly) {
        return transactions.withoutTenant(tx -> outbox.claim(tx, settings.batchSize(), settings.lease(), expiredOnly));
    }

    private void release(List<DomainEvent> events, String error) {
        try {
            transactions.withoutTenant(tx -> {
                outbox.release(tx, events, settings.retryAfter(), error == null ? "unknown" : error);
                return null;
            });
        } catch (RuntimeException e) {
            // The claims expire on their own; the sweeper picks the rows up then.
            LOG.warn(
                    "could not release {} claims ({}); they expire after {}",
                    events.size(),
                    e.toString(),
                    settings.lease());
        }
    }

    /** False when interrupted: the caller stops. */
    private static boolean sleep(Duration d) {
        try {
            Thread.sleep(d);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

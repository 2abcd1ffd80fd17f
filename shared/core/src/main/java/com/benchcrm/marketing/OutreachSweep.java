package com.benchcrm.marketing;

import com.benchcrm.persistence.Transactions;
import com.benchcrm.tenancy.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Re-queues approved mail that never reached the send queue (ADR 0095): an approval commits its {@code QUEUED}
 * rows and then sends one queue message per row; if SQS refused those sends, the rows would wait forever. The
 * sweep sends again, per active tenant, the rows still {@code QUEUED} that were queued between
 * {@link Settings#maxAge} and {@link Settings#minAge} ago (older than any queue backlog should be; younger than
 * a day, so a row whose sending keeps failing is not re-queued forever: its messages end in the send queue's
 * DLQ, alarmed). Safe to repeat: the worker sends a row only while it is {@code QUEUED}, under its lock, so a
 * second message for a row that was in the queue after all sends nothing.
 *
 * <pre>{@code
 * OutreachSweep.Report r = new OutreachSweep(db.transactions(), db.outreachMessages(), queue, clock,
 *         OutreachSweep.Settings.DEFAULTS).run();
 * }</pre>
 */
public final class OutreachSweep {

    /**
     * @param minAge         how long a row must have been queued before it is sent again
     * @param maxAge         rows queued longer ago are left alone
     * @param limitPerTenant rows per tenant per run (the next run takes the rest)
     */
    public record Settings(Duration minAge, Duration maxAge, int limitPerTenant) {
        public static final Settings DEFAULTS = new Settings(Duration.ofMinutes(30), Duration.ofHours(24), 1000);

        public Settings {
            Objects.requireNonNull(minAge, "minAge");
            Objects.requireNonNull(maxAge, "maxAge");
            if (minAge.isNegative() || maxAge.compareTo(minAge) <= 0 || limitPerTenant < 1) {
                throw new IllegalArgumentException("need 0 <= minAge < maxAge and a positive limit");
            }
        }
    }

    /** What a run did: tenants visited, rows sent to the queue again. */
    public record Report(int tenants, int requeued) {}

    private final Transactions transactions;
    private final OutreachMessageRepository messages;
    private final OutreachQueue queue;
    private final Clock clock;
    private final Settings settings;

    public OutreachSweep(
            Transactions transactions,
            OutreachMessageRepository messages,
            OutreachQueue queue,
            Clock clock,
            Settings settings) {
        this.transactions = transactions;
        this.messages = messages;
        this.queue = queue;
        this.clock = clock;
        this.settings = settings;
    }

    public Report run() {
        Instant now = clock.instant();
        Instant from = now.minus(settings.maxAge());
        Instant to = now.minus(settings.minAge());
        List<TenantId> tenants = transactions.withoutTenant(messages::activeTenants);
        int requeued = 0;
        for (TenantId tenant : tenants) {
            List<UUID> ids = transactions.inTenant(
                    tenant, tx -> messages.listQueuedBetween(tx, from, to, settings.limitPerTenant()));
            if (!ids.isEmpty()) {
                queue.enqueue(tenant, ids);
                requeued += ids.size();
            }
        }
        return new Report(tenants.size(), requeued);
    }
}

package com.benchcrm.marketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.persistence.Tx;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.testing.memory.InMemoryPersistence;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The sweep of approved mail that never reached the send queue (ADR 0095): per tenant, the rows still QUEUED
 * inside the age window go to the queue again; sent, fresh and day-old rows do not.
 */
class OutreachSweepTest {

    static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final InMemoryPersistence db = InMemoryPersistence.create(clock);
    final List<Map.Entry<TenantId, List<UUID>>> enqueued = new ArrayList<>();
    final OutreachQueue recording = (tenant, ids) -> enqueued.add(Map.entry(tenant, List.copyOf(ids)));
    final OutreachSweep sweep = new OutreachSweep(
            db.transactions(),
            db.outreachMessages(),
            recording,
            clock,
            new OutreachSweep.Settings(Duration.ofMinutes(30), Duration.ofHours(24), 1000));

    private OutreachMessage store(TenantId tenant, OutreachMessage.Status status, Duration age) {
        UUID id = UUID.randomUUID();
        OutreachMessage m = new OutreachMessage(
                id,
                UUID.randomUUID(),
                id + "@vendor.example",
                null,
                "<" + id + "@acme.example>",
                status,
                null,
                NOW.minus(age),
                null,
                null);
        db.transactions().inTenant(tenant, (Tx tx) -> db.outreachMessages().insertIfAbsent(tx, m));
        return m;
    }

    @Test
    void run_requeuesOnlyStillQueuedRowsInsideTheWindow_perTenant() {
        TenantId acme = new TenantId(UUID.randomUUID());
        TenantId globex = new TenantId(UUID.randomUUID());
        OutreachMessage stuck = store(acme, OutreachMessage.Status.QUEUED, Duration.ofHours(2));
        store(acme, OutreachMessage.Status.QUEUED, Duration.ofMinutes(5)); // may still be in the queue
        store(acme, OutreachMessage.Status.SENT, Duration.ofHours(2));
        store(acme, OutreachMessage.Status.QUEUED, Duration.ofDays(2)); // failing for a day: its DLQ's business
        OutreachMessage globexStuck = store(globex, OutreachMessage.Status.QUEUED, Duration.ofMinutes(45));

        OutreachSweep.Report report = sweep.run();

        assertThat(report.requeued()).isEqualTo(2);
        assertThat(enqueued)
                .containsExactlyInAnyOrder(
                        Map.entry(acme, List.of(stuck.id())), Map.entry(globex, List.of(globexStuck.id())));
    }

    @Test
    void run_nothingStuck_enqueuesNothing() {
        TenantId acme = new TenantId(UUID.randomUUID());
        store(acme, OutreachMessage.Status.SENT, Duration.ofHours(1));

        assertThat(sweep.run().requeued()).isZero();
        assertThat(enqueued).isEmpty();
    }

    @Test
    void settings_windowMustBeOrdered() {
        assertThatThrownBy(() -> new OutreachSweep.Settings(Duration.ofHours(2), Duration.ofHours(1), 10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package com.benchcrm.retention;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.common.Ids;
import com.benchcrm.persistence.Tx;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.testing.memory.InMemoryPersistence;
import com.benchcrm.testing.memory.TickingClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The purge over a store of timestamped records per tenant and kind: each tenant's own retention,
 * bounded batches, counts to the audit log, a budget that stops a run and leaves the rest for the
 * next one. (PostgreSQL's statements: PostgresPurgeRepositoryIT.)
 */
class PurgeTest {

    final TickingClock clock = new TickingClock(Instant.parse("2026-12-01T03:00:00Z"));
    final InMemoryPersistence db = InMemoryPersistence.create(clock);
    final TenantId shortLived = new TenantId(UUID.randomUUID());
    final TenantId defaults = new TenantId(UUID.randomUUID());
    final FakeStore store = new FakeStore();

    @Test
    void run_removesWhatIsPastEachTenantsRetention_inBatches_andAuditsTheCounts() {
        store.settings.put(shortLived, "{\"retention\": {\"webhookDays\": 2, \"outboxDays\": 1}}");
        store.settings.put(defaults, "{}");
        Instant now = clock.instant();
        store.add(shortLived, PurgeKind.WEBHOOK_DELIVERY, now.minus(Duration.ofDays(3)), 25);   // past 2 days
        store.add(shortLived, PurgeKind.WEBHOOK_DELIVERY, now.minus(Duration.ofHours(12)), 4);  // kept
        store.add(shortLived, PurgeKind.OUTBOX, now.minus(Duration.ofDays(2)), 3);
        store.add(defaults, PurgeKind.WEBHOOK_DELIVERY, now.minus(Duration.ofDays(3)), 7);      // default 30 days: kept
        store.add(defaults, PurgeKind.IDEMPOTENCY_KEY, now.minus(Duration.ofHours(30)), 2);    // default 24 h: removed

        Purge.Report r = new Purge(db.transactions(), store, new Ids(clock), clock, new Purge.Settings(10, Duration.ofMinutes(5)))
                .run("purge-test");

        assertThat(r.complete()).isTrue();
        assertThat(r.removed().get(shortLived)).containsExactlyInAnyOrderEntriesOf(Map.of("webhook_delivery", 25, "outbox", 3));
        assertThat(r.removed().get(defaults)).containsExactlyEntriesOf(Map.of("idempotency_key", 2));
        assertThat(store.left(shortLived, PurgeKind.WEBHOOK_DELIVERY)).isEqualTo(4);
        assertThat(store.left(defaults, PurgeKind.WEBHOOK_DELIVERY)).isEqualTo(7);
        assertThat(store.largestBatch.get()).as("never more than the batch size per statement").isEqualTo(10);
        assertThat(store.audited).containsEntry(shortLived, Map.of("webhook_delivery", 25, "outbox", 3));
        assertThat(store.audited).containsEntry(defaults, Map.of("idempotency_key", 2));
    }

    @Test
    void run_overItsBudget_stops_andTheNextRunFinishes() {
        store.settings.put(shortLived, "{}");
        store.add(shortLived, PurgeKind.OUTBOX, clock.instant().minus(Duration.ofDays(10)), 50);
        store.delayPerCall = Duration.ofSeconds(40);

        Purge purge = new Purge(db.transactions(), store, new Ids(clock), clock, new Purge.Settings(10, Duration.ofMinutes(1)));
        Purge.Report first = purge.run("purge-1");

        assertThat(first.complete()).isFalse();
        assertThat(first.total()).as("two batches fit in the budget").isEqualTo(20);
        assertThat(store.left(shortLived, PurgeKind.OUTBOX)).isEqualTo(30);
        int runs = 1;
        while (!purge.run("purge-" + ++runs).complete() && runs < 10) {
            // each run removes what its budget allows
        }
        assertThat(store.left(shortLived, PurgeKind.OUTBOX)).isZero();
    }

    @Test
    void run_nothingExpired_writesNoAudit() {
        store.settings.put(defaults, "{}");
        store.add(defaults, PurgeKind.MATCH_RUN, clock.instant().minus(Duration.ofDays(1)), 5);

        Purge.Report r = new Purge(db.transactions(), store, new Ids(clock), clock, Purge.Settings.defaults()).run("t");

        assertThat(r.total()).isZero();
        assertThat(store.audited).isEmpty();
    }

    /** Records per tenant and kind, each a creation time; the clock moves {@link #delayPerCall} on each purge call. */
    final class FakeStore implements PurgeRepository {
        final Map<TenantId, String> settings = new LinkedHashMap<>();
        final Map<TenantId, Map<PurgeKind, List<Instant>>> rows = new LinkedHashMap<>();
        final Map<TenantId, Map<String, Integer>> audited = new LinkedHashMap<>();
        final AtomicInteger largestBatch = new AtomicInteger();
        Duration delayPerCall = Duration.ZERO;

        void add(TenantId t, PurgeKind k, Instant at, int n) {
            List<Instant> list = rows.computeIfAbsent(t, x -> new EnumMap<>(PurgeKind.class)).computeIfAbsent(k, x -> new ArrayList<>());
            for (int i = 0; i < n; i++) {
                list.add(at);
            }
        }

        int left(TenantId t, PurgeKind k) {
            return rows.getOrDefault(t, Map.of()).getOrDefault(k, List.of()).size();
        }

        @Override
        public List<TenantSettings> tenants(Tx tx) {
            return settings.entrySet().stream().map(e -> new TenantSettings(e.getKey(), e.getValue())).toList();
        }

        @Override
        public int purge(Tx tx, TenantId tenant, PurgeKind kind, Instant before, int limit) {
            clock.advance(delayPerCall);
            List<Instant> list = rows.getOrDefault(tenant, Map.of()).getOrDefault(kind, new ArrayList<>());
            int removed = 0;
            for (var it = list.iterator(); it.hasNext() && removed < limit; ) {
                if (it.next().isBefore(before)) {
                    it.remove();
                    removed++;
                }
            }
            largestBatch.accumulateAndGet(removed, Math::max);
            return removed;
        }

        @Override
        public void record(Tx tx, TenantId tenant, UUID auditId, Map<String, Integer> counts, String traceId) {
            audited.put(tenant, Map.copyOf(counts));
        }
    }
}

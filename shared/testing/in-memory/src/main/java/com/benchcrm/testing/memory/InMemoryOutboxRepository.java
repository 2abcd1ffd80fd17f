package com.benchcrm.testing.memory;

import com.benchcrm.common.Json;
import com.benchcrm.events.DomainEvent;
import com.benchcrm.outbox.OutboxRepository;
import com.benchcrm.persistence.Tx;
import com.benchcrm.tenancy.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.UUID;

/**
 * {@link OutboxRepository} in memory, with the claim leases of the PostgreSQL functions: a claim
 * hides an event until its lease ends, the sweeper ({@code expiredOnly}) takes the expired ones,
 * a release hides it for the retry delay. Time comes from the store's clock.
 */
public final class InMemoryOutboxRepository implements OutboxRepository {

    /** A stored event. */
    public record Row(
            NewEvent event,
            JsonNode payload,
            Instant publishedAt,
            Instant claimedUntil,
            int attempts,
            String lastError) {

        Row with(Instant published, Instant claimed, int attempts, String error) {
            return new Row(event, payload, published, claimed, attempts, error);
        }
    }

    private final Table<UUID, Row> rows;
    private final Clock clock;

    InMemoryOutboxRepository(InMemoryTransactions store, Clock clock) {
        this.rows = store.table(Uuids.ORDER);
        this.clock = clock;
    }

    @Override
    public void append(Tx tx, NewEvent e) {
        NewEvent stored = new NewEvent(
                e.id(),
                e.eventType(),
                e.eventVersion(),
                e.aggregateType(),
                e.aggregateId(),
                e.data(),
                e.traceId(),
                e.occurredAt().truncatedTo(ChronoUnit.MICROS));
        rows.rows(tx).put(e.id(), new Row(stored, Json.strict().valueToTree(e.data()), null, null, 0, null));
    }

    @Override
    public List<DomainEvent> claim(Tx tx, int limit, Duration lease, boolean expiredOnly) {
        Instant now = clock.instant();
        record Candidate(TenantId tenant, Row row) {}
        List<Candidate> candidates = new ArrayList<>();
        rows.allTenants(tx)
                .forEach((tenant, events) -> events.values().stream()
                        .filter(r -> r.publishedAt() == null)
                        .filter(r -> expiredOnly
                                ? r.claimedUntil() != null && r.claimedUntil().isBefore(now)
                                : r.claimedUntil() == null)
                        .forEach(r -> candidates.add(new Candidate(tenant, r))));
        candidates.sort(Comparator.comparing((Candidate c) -> c.row().event().occurredAt()));
        List<DomainEvent> out = new ArrayList<>();
        for (Candidate c : candidates.subList(0, Math.min(Math.max(limit, 1), Math.min(500, candidates.size())))) {
            Row claimed = c.row()
                    .with(null, now.plus(lease), c.row().attempts() + 1, c.row().lastError());
            rows.allTenants(tx).get(c.tenant()).put(claimed.event().id(), claimed);
            NewEvent e = claimed.event();
            out.add(new DomainEvent(
                    e.id(),
                    e.eventType(),
                    e.eventVersion(),
                    c.tenant(),
                    e.occurredAt(),
                    e.traceId(),
                    claimed.payload()));
        }
        return out;
    }

    @Override
    public void markPublished(Tx tx, List<DomainEvent> events) {
        Instant now = clock.instant();
        update(tx, events, r -> r.with(now, null, r.attempts(), null));
    }

    @Override
    public void release(Tx tx, List<DomainEvent> events, Duration retryAfter, String error) {
        Instant until = clock.instant().plus(retryAfter);
        String cut = error == null ? null : error.length() <= 500 ? error : error.substring(0, 500);
        update(tx, events, r -> r.with(null, until, r.attempts(), cut));
    }

    @Override
    public Backlog backlog(Tx tx) {
        long n = 0;
        Instant oldest = null;
        for (NavigableMap<UUID, Row> events : rows.allTenants(tx).values()) {
            for (Row r : events.values()) {
                if (r.publishedAt() == null) {
                    n++;
                    oldest = oldest == null || r.event().occurredAt().isBefore(oldest)
                            ? r.event().occurredAt()
                            : oldest;
                }
            }
        }
        return new Backlog(n, oldest);
    }

    @Override
    public long unpublished(Tx tx) {
        return rows.rows(tx).values().stream()
                .filter(r -> r.publishedAt() == null)
                .count();
    }

    /** The transaction's tenant's events, oldest id first (for tests). */
    public List<Row> all(Tx tx) {
        return List.copyOf(rows.rows(tx).values());
    }

    private void update(Tx tx, List<DomainEvent> events, java.util.function.UnaryOperator<Row> change) {
        Map<TenantId, NavigableMap<UUID, Row>> all = rows.allTenants(tx);
        for (DomainEvent e : events) {
            NavigableMap<UUID, Row> tenantRows = all.get(e.tenant());
            Row r = tenantRows == null ? null : tenantRows.get(e.id());
            if (r != null && r.publishedAt() == null) {
                tenantRows.put(e.id(), change.apply(r));
            }
        }
    }
}

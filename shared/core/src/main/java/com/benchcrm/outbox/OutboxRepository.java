package com.benchcrm.outbox;

import com.benchcrm.events.DomainEvent;
import com.benchcrm.persistence.Tx;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Port: the transactional outbox. Events are appended in the tenant transaction of the change that
 * caused them; the relay's methods read and mark across tenants in a
 * {@link com.benchcrm.persistence.Transactions#withoutTenant} transaction (PostgreSQL: through the
 * definer functions {@code outbox_claim}, {@code outbox_mark_published}, {@code outbox_release},
 * {@code outbox_backlog}; ADR 0011), never by lifting row-level security.
 */
public interface OutboxRepository {

    /** An event to append: identifiers and versions in {@code data}, never personal data. */
    record NewEvent(
            UUID id,
            String eventType,
            int eventVersion,
            String aggregateType,
            UUID aggregateId,
            Map<String, Object> data,
            String traceId,
            Instant occurredAt) {}

    /** Unpublished events across tenants and the time of the oldest (null when there is none). */
    record Backlog(long unpublished, Instant oldest) {}

    /** Appends an event in the tenant transaction {@code tx}. */
    void append(Tx tx, NewEvent event);

    /**
     * Claims up to {@code limit} unpublished events for {@code lease} (hidden from other relays
     * meanwhile), oldest first: events nobody claimed, or with {@code expiredOnly} only those whose
     * claim expired. Each claim counts an attempt.
     */
    List<DomainEvent> claim(Tx tx, int limit, Duration lease, boolean expiredOnly);

    /** Marks the events published (by tenant and id). */
    void markPublished(Tx tx, List<DomainEvent> events);

    /** Gives claimed events back, to be claimed again after {@code retryAfter}, with the error that stopped them. */
    void release(Tx tx, List<DomainEvent> events, Duration retryAfter, String error);

    /** Unpublished events across tenants. */
    Backlog backlog(Tx tx);

    /** Unpublished events of the {@code tx}'s tenant. */
    long unpublished(Tx tx);
}

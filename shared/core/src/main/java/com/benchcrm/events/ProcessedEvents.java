package com.benchcrm.events;

import com.benchcrm.sql.SqlParams;
import com.benchcrm.sql.SqlSession;
import java.time.Clock;
import java.util.regex.Pattern;

/**
 * Consumer-side dedupe: delivery is at least once, so a consumer records every event id it handles
 * in the same transaction as its effect. If the transaction commits, a redelivery is skipped; if it
 * rolls back, nothing was recorded and the redelivery does the work.
 *
 * <pre>{@code
 * sql.inTenant(event.tenant(), s -> {
 *     if (!processed.firstTime(s, "embed", event)) {
 *         return null;                      // seen before: its effect is already committed
 *     }
 *     ... the consumer's effect, in the same transaction ...
 * });
 * }</pre>
 */
public final class ProcessedEvents {

    private static final Pattern CONSUMER = Pattern.compile("^[a-z][a-z0-9-]{1,40}$");

    private final Clock clock;

    public ProcessedEvents(Clock clock) {
        this.clock = clock;
    }

    /**
     * Records that {@code consumer} handles {@code event}; false when it already has. The session
     * must be a transaction of the event's tenant (row-level security refuses any other).
     */
    public boolean firstTime(SqlSession session, String consumer, DomainEvent event) {
        if (!CONSUMER.matcher(consumer).matches()) {
            throw new IllegalArgumentException("a consumer name is 2-41 lower-case letters, digits or dashes: " + consumer);
        }
        return session.update("""
                insert into processed_event (tenant_id, consumer, event_id, event_type, processed_at)
                values (:tenant, :consumer, :event_id, :event_type, :at)
                on conflict (tenant_id, consumer, event_id) do nothing""",
                SqlParams.of("tenant", event.tenant().value())
                        .and("consumer", consumer)
                        .and("event_id", event.id())
                        .and("event_type", event.type())
                        .and("at", clock.instant())) == 1;
    }
}

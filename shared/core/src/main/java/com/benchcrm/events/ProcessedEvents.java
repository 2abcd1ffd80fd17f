package com.benchcrm.events;

import com.benchcrm.persistence.Tx;
import java.time.Clock;
import java.util.regex.Pattern;

/**
 * Consumer-side dedupe: delivery is at least once, so a consumer records every event id it handles
 * in the same transaction as its effect. If the transaction commits, a redelivery is skipped; if it
 * rolls back, nothing was recorded and the redelivery does the work.
 *
 * <pre>{@code
 * transactions.inTenant(event.tenant(), tx -> {
 *     if (!processed.firstTime(tx, "embed", event)) {
 *         return null;                      // seen before: its effect is already committed
 *     }
 *     ... the consumer's effect, in the same transaction ...
 * });
 * }</pre>
 */
public final class ProcessedEvents {

    private static final Pattern CONSUMER = Pattern.compile("^[a-z][a-z0-9-]{1,40}$");

    private final ProcessedEventRepository repository;
    private final Clock clock;

    public ProcessedEvents(ProcessedEventRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Records that {@code consumer} handles {@code event}; false when it already has. The
     * transaction must be one of the event's tenant (row-level security refuses any other).
     */
    public boolean firstTime(Tx tx, String consumer, DomainEvent event) {
        if (!CONSUMER.matcher(consumer).matches()) {
            throw new IllegalArgumentException(
                    "a consumer name is 2-41 lower-case letters, digits or dashes: " + consumer);
        }
        return repository.record(tx, consumer, event, clock.instant());
    }
}

package com.benchcrm.outbox;

import com.benchcrm.common.Ids;
import com.benchcrm.persistence.Tx;
import com.benchcrm.security.Caller;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * Appends domain events to the outbox in the caller's open transaction.
 *
 * <p>Event data carries identifiers and versions, not personal data: consumers read current state.
 *
 * <pre>{@code
 * outbox.append(tx, caller, "ConsultantUpserted", 1, "consultant", id, Map.of("version", 2));
 * }</pre>
 */
public final class Outbox {

    private final OutboxRepository repository;
    private final Ids ids;
    private final Clock clock;

    public Outbox(OutboxRepository repository, Ids ids, Clock clock) {
        this.repository = repository;
        this.ids = ids;
        this.clock = clock;
    }

    public UUID append(
            Tx tx,
            Caller caller,
            String eventType,
            int eventVersion,
            String aggregateType,
            UUID aggregateId,
            Map<String, Object> data) {
        return append(tx, caller, ids.next(), eventType, eventVersion, aggregateType, aggregateId, data);
    }

    /** Appends with an event id the caller chose (and recorded elsewhere in the same transaction). */
    public UUID append(
            Tx tx,
            Caller caller,
            UUID id,
            String eventType,
            int eventVersion,
            String aggregateType,
            UUID aggregateId,
            Map<String, Object> data) {
        repository.append(
                tx,
                new OutboxRepository.NewEvent(
                        id,
                        eventType,
                        eventVersion,
                        aggregateType,
                        aggregateId,
                        data,
                        caller.traceId(),
                        clock.instant()));
        return id;
    }
}

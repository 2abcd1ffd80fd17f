package com.benchcrm.events;

import com.benchcrm.persistence.Tx;
import java.time.Instant;

/** Port: which events each consumer has handled, in the {@link Tx}'s tenant (the event's tenant). */
public interface ProcessedEventRepository {

    /** Records that {@code consumer} handled {@code event}; false when it was recorded before. */
    boolean record(Tx tx, String consumer, DomainEvent event, Instant at);
}

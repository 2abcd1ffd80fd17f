package com.benchcrm.testing.memory;

import com.benchcrm.events.DomainEvent;
import com.benchcrm.events.ProcessedEventRepository;
import com.benchcrm.persistence.Tx;
import java.time.Instant;
import java.util.Map;

/** {@link ProcessedEventRepository} in memory: one row per consumer and event id. */
public final class InMemoryProcessedEventRepository implements ProcessedEventRepository {

    private final Table<String, Instant> rows;

    InMemoryProcessedEventRepository(InMemoryTransactions store) {
        this.rows = store.table(String::compareTo);
    }

    @Override
    public boolean record(Tx tx, String consumer, DomainEvent event, Instant at) {
        Map<String, Instant> all = rows.rows(tx);
        return all.putIfAbsent(consumer + "|" + event.id(), at) == null;
    }
}

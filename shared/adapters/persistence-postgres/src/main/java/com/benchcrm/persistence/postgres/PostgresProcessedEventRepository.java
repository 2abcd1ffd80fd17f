package com.benchcrm.persistence.postgres;

import com.benchcrm.events.DomainEvent;
import com.benchcrm.events.ProcessedEventRepository;
import com.benchcrm.persistence.Tx;
import com.benchcrm.sql.SqlParams;
import java.time.Instant;

/** {@link ProcessedEventRepository} over the processed_event table. */
final class PostgresProcessedEventRepository implements ProcessedEventRepository {

    @Override
    public boolean record(Tx tx, String consumer, DomainEvent event, Instant at) {
        return SqlTx.of(tx)
                        .session()
                        .update(
                                """
                insert into processed_event (tenant_id, consumer, event_id, event_type, processed_at)
                values (:tenant, :consumer, :event_id, :event_type, :at)
                on conflict (tenant_id, consumer, event_id) do nothing""",
                                SqlParams.of("tenant", tx.tenant().value())
                                        .and("consumer", consumer)
                                        .and("event_id", event.id())
                                        .and("event_type", event.type())
                                        .and("at", at))
                == 1;
    }
}

package com.benchcrm.outbox;

import com.benchcrm.common.Ids;
import com.benchcrm.common.Json;
import com.benchcrm.security.Caller;
import com.benchcrm.sql.SqlJson;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.sql.SqlSession;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * Appends domain events to the outbox table in the caller's open transaction.
 *
 * <p>Event data carries identifiers and versions, not personal data: consumers read current state.
 *
 * <pre>{@code
 * outbox.append(session, caller, "ConsultantUpserted", 1, "consultant", id, Map.of("version", 2));
 * }</pre>
 */
public final class Outbox {

    private final Ids ids;
    private final Clock clock;

    public Outbox(Ids ids, Clock clock) {
        this.ids = ids;
        this.clock = clock;
    }

    public UUID append(SqlSession session, Caller caller, String eventType, int eventVersion,
                       String aggregateType, UUID aggregateId, Map<String, Object> data) {
        UUID id = ids.next();
        session.update("""
                insert into outbox (tenant_id, id, event_type, event_version, aggregate_type, aggregate_id, payload, trace_id, occurred_at)
                values (:tenant, :id, :type, :version, :aggregate_type, :aggregate_id, :payload, :trace_id, :at)""",
                SqlParams.of("tenant", caller.tenant().value())
                        .and("id", id)
                        .and("type", eventType)
                        .and("version", eventVersion)
                        .and("aggregate_type", aggregateType)
                        .and("aggregate_id", aggregateId)
                        .and("payload", new SqlJson(Json.write(data)))
                        .and("trace_id", caller.traceId())
                        .and("at", clock.instant()));
        return id;
    }
}

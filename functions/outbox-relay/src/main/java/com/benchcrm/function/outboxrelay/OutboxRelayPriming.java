package com.benchcrm.function.outboxrelay;

import com.benchcrm.common.Json;
import com.benchcrm.events.DomainEvent;
import com.benchcrm.sql.SqlParams;

/**
 * SnapStart priming of the outbox relay: the database client, and the JSON mapper on an event
 * envelope (what publishing writes), without publishing anything.
 */
final class OutboxRelayPriming {

    private static final String SAMPLE = """
            {"id":"0193f7a5-1000-7000-8000-000000000001","type":"RequirementImported","version":1,
             "tenant":"0193f7a0-0000-7000-8000-00000000a001","time":"2026-11-22T12:00:00.123456Z","traceId":"",
             "data":{"id":"0193f7a2-5b3c-7d4e-8f60-123456789abc","version":1}}""";

    private OutboxRelayPriming() {
    }

    static void prime(OutboxRelayComponents components) {
        Json.write(DomainEvent.parse(SAMPLE).toNode());
        components.sql().withoutTenant(s -> s.query("select 1 as one", SqlParams.none()));
    }
}

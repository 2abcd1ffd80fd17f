package com.benchcrm.function.outboxrelay;

import com.benchcrm.common.Json;
import com.benchcrm.function.runtime.SnapStartPriming;
import com.benchcrm.persistence.postgres.PostgresPersistence;

/**
 * SnapStart priming of the outbox relay: the database client, and the JSON mapper on an event
 * envelope (what publishing writes), without publishing anything.
 */
final class OutboxRelayPriming {

    private OutboxRelayPriming() {}

    static void prime(OutboxRelayComponents components) {
        Json.write(SnapStartPriming.sampleEvent().toNode());
        PostgresPersistence.over(components.sql()).ping();
    }
}

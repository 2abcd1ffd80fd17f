package com.benchcrm.function.outboxrelay;

import com.benchcrm.events.eventbridge.EventBridgePublisher;
import com.benchcrm.outbox.OutboxRelay;
import com.benchcrm.persistence.postgres.PostgresPersistence;
import com.benchcrm.sql.SqlPort;
import java.time.Duration;

/**
 * The composition root of the outbox relay: the SQL port (the RDS Data API in Lambda) and the relay
 * publishing to EventBridge. Clients are built once, here.
 *
 * <pre>{@code
 * OutboxRelayComponents c = OutboxRelayComponents.create(OutboxRelayConfig.from(System::getenv));
 * }</pre>
 */
public record OutboxRelayComponents(SqlPort sql, OutboxRelay relay, Duration budget, com.benchcrm.retention.Purge purge) {

    public static OutboxRelayComponents create(OutboxRelayConfig config) {
        SqlPort sql = config.sql().connect();
        EventBridgePublisher publisher = EventBridgePublisher.create(new EventBridgePublisher.Settings(config.eventBusName(),
                config.region(), config.eventBridgeEndpoint(), 4, Duration.ofMillis(100)));
        PostgresPersistence db = PostgresPersistence.over(sql);
        java.time.Clock clock = java.time.Clock.systemUTC();
        // the purge runs here: the relay's database role is the one that may call the purge functions (ADR 0058)
        com.benchcrm.retention.Purge purge = new com.benchcrm.retention.Purge(db.transactions(), db.purge(), new com.benchcrm.common.Ids(clock),
                clock, com.benchcrm.retention.Purge.Settings.defaults());
        return new OutboxRelayComponents(sql, new OutboxRelay(db.transactions(), db.outbox(), publisher, OutboxRelay.Settings.defaults()),
                config.relayBudget(), purge);
    }
}

package com.benchcrm.function.webhookdelivery;

import com.benchcrm.persistence.postgres.PostgresPersistence;
import com.benchcrm.common.Ids;
import com.benchcrm.events.eventbridge.EventBridgePublisher;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.outbox.OutboxRelay;
import com.benchcrm.queue.sqs.MessageDeadLetters;
import com.benchcrm.queue.sqs.SqsBatch;
import com.benchcrm.queue.sqs.SqsDeliveryTimer;
import com.benchcrm.queue.sqs.SqsQueues;
import com.benchcrm.sql.SqlPort;
import com.benchcrm.sql.jdbc.JdbcSqlPort;
import com.benchcrm.sql.rdsdata.RdsDataSqlPort;
import com.benchcrm.webhook.DestinationGuard;
import com.benchcrm.webhook.RetryPolicy;
import com.benchcrm.webhook.WebhookDispatcher;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The composition root of the event worker: the SQL port, the relay (when a bus is configured) and
 * the webhook dispatcher with its SQS timer and DLQ (when the webhook queue is configured). Clients
 * are built once, here.
 *
 * <pre>{@code
 * EventWorkerComponents c = EventWorkerComponents.create(EventWorkerConfig.from(System::getenv));
 * }</pre>
 */
public record EventWorkerComponents(SqlPort sql, Optional<OutboxRelay> relay, Optional<WebhookBatchHandler> webhooks,
                                    Duration relayBudget, com.benchcrm.workauth.ExpiryAlerts workAuthorizationAlerts) {

    static final Duration RDS_DATA_CALL_TIMEOUT = Duration.ofSeconds(45);

    public static EventWorkerComponents create(EventWorkerConfig config) {
        Clock clock = Clock.systemUTC();
        Ids ids = new Ids(clock);
        SqlPort sql = config.sql().connect(JdbcSqlPort::connect, r -> RdsDataSqlPort.create(r, RDS_DATA_CALL_TIMEOUT));
        PostgresPersistence db = PostgresPersistence.over(sql);
        Optional<OutboxRelay> relay = config.eventBusName().map(bus -> new OutboxRelay(db.transactions(), db.outbox(),
                EventBridgePublisher.create(new EventBridgePublisher.Settings(bus, config.region(), config.eventBridgeEndpoint(), 4,
                        Duration.ofMillis(100))),
                OutboxRelay.Settings.defaults()));
        Optional<WebhookBatchHandler> webhooks = config.webhookQueueUrl().map(queueUrl -> {
            SqsQueues sqs = SqsQueues.create(config.sqsEndpoint().map(SqsQueues.Settings::local)
                    .orElseGet(() -> SqsQueues.Settings.aws(config.region())));
            DestinationGuard guard = config.allowLoopback() ? DestinationGuard.allowingLoopback() : DestinationGuard.publicOnly();
            WebhookDispatcher dispatcher = new WebhookDispatcher(db.transactions(), db.webhookDeliveries(), new JdkWebhookTransport(guard, config.webhookTimeout()),
                    new SqsDeliveryTimer(sqs, queueUrl, clock),
                    new RetryPolicy(config.retryInitial(), config.retryMax(), config.giveUpAfter()), new Outbox(db.outbox(), ids, clock), ids, clock);
            return new WebhookBatchHandler(dispatcher, new SqsBatch(new MessageDeadLetters(sqs, config.webhookDlqUrl().orElseThrow(), clock),
                    config.webhookMaxReceives()));
        });
        com.benchcrm.workauth.ExpiryAlerts alerts = new com.benchcrm.workauth.ExpiryAlerts(db.transactions(), db.workAuthorization(),
                new Outbox(db.outbox(), ids, clock), ids, clock);
        return new EventWorkerComponents(sql, relay, webhooks, config.relayBudget(), alerts);
    }
}

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
                                    Duration relayBudget, Optional<com.benchcrm.retention.Purge> purge,
                                    com.benchcrm.workauth.ExpiryAlerts workAuthorizationAlerts) {

    static final Duration RDS_DATA_CALL_TIMEOUT = Duration.ofSeconds(45);
    /** Kept free at the end of a webhook invocation, after the batch deadline (recording, answering). */
    static final Duration BATCH_MARGIN = Duration.ofSeconds(10);

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
            com.benchcrm.tenancy.TenantPolicies tenants = new com.benchcrm.tenancy.TenantPolicies(db.transactions(), db.tenants(), clock);
            com.benchcrm.secrets.DataKeys keys = com.benchcrm.secrets.kms.SecretKeys.create(config.secretKeys(), config.region(),
                    tenant -> tenants.find(tenant).orElseThrow(() -> new com.benchcrm.secrets.SecretUnavailableException(
                            "no tenant " + tenant + " to find the key of")).slug());
            com.benchcrm.webhook.WebhookSecrets secrets = new com.benchcrm.webhook.WebhookSecrets(db.transactions(), db.webhooks(),
                    new com.benchcrm.secrets.SecretSealer(keys));
            WebhookDispatcher dispatcher = new WebhookDispatcher(db.transactions(), db.webhookDeliveries(), new JdkWebhookTransport(guard, config.webhookTimeout()),
                    new SqsDeliveryTimer(sqs, queueUrl, clock),
                    new RetryPolicy(config.retryInitial(), config.retryMax(), config.giveUpAfter()), new Outbox(db.outbox(), ids, clock),
                    secrets, tenants, new WebhookDispatcher.Settings(new com.benchcrm.webhook.DeliverySlots(config.slots(), clock),
                            config.deferDelay()), ids, clock);
            return new WebhookBatchHandler(new com.benchcrm.webhook.WebhookBatch(dispatcher, config.batchTime(), BATCH_MARGIN, clock),
                    new SqsBatch(new MessageDeadLetters(sqs, config.webhookDlqUrl().orElseThrow(), clock), config.webhookMaxReceives()));
        });
        // the purge runs in the relay function (its role may call the purge functions; ADR 0058)
        Optional<com.benchcrm.retention.Purge> purge = relay.map(r -> new com.benchcrm.retention.Purge(db.transactions(), db.purge(), ids,
                clock, com.benchcrm.retention.Purge.Settings.defaults()));
        com.benchcrm.workauth.ExpiryAlerts alerts = new com.benchcrm.workauth.ExpiryAlerts(db.transactions(), db.workAuthorization(),
                new Outbox(db.outbox(), ids, clock), ids, clock);
        return new EventWorkerComponents(sql, relay, webhooks, config.relayBudget(), purge, alerts);
    }
}

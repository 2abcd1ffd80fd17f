package com.benchcrm.function.webhookdelivery;

import com.benchcrm.common.Ids;
import com.benchcrm.function.runtime.sqs.SqsBatch;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.persistence.postgres.PostgresPersistence;
import com.benchcrm.queue.sqs.MessageDeadLetters;
import com.benchcrm.queue.sqs.SqsDeliveryTimer;
import com.benchcrm.queue.sqs.SqsQueues;
import com.benchcrm.sql.SqlPort;
import com.benchcrm.webhook.DestinationGuard;
import com.benchcrm.webhook.RetryPolicy;
import com.benchcrm.webhook.WebhookDispatcher;
import com.benchcrm.webhook.http.JdkWebhookTransport;
import java.time.Clock;

/**
 * The composition root of webhook delivery: the SQL port (the RDS Data API in Lambda), the webhook
 * dispatcher with its HTTP transport, its SQS retry timer and the batch policy with the DLQ. Clients
 * are built once, here.
 *
 * <pre>{@code
 * WebhookDeliveryComponents c = WebhookDeliveryComponents.create(WebhookDeliveryConfig.from(System::getenv));
 * }</pre>
 */
public record WebhookDeliveryComponents(SqlPort sql, WebhookBatchHandler webhooks) {

    /** Kept free at the end of a webhook invocation, after the batch deadline (recording, answering). */
    static final java.time.Duration BATCH_MARGIN = java.time.Duration.ofSeconds(10);

    public static WebhookDeliveryComponents create(WebhookDeliveryConfig config) {
        Clock clock = Clock.systemUTC();
        Ids ids = new Ids(clock);
        SqlPort sql = config.sql().connect();
        PostgresPersistence db = PostgresPersistence.over(sql);
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
                new SqsDeliveryTimer(sqs, config.webhookQueueUrl(), clock),
                new RetryPolicy(config.retryInitial(), config.retryMax(), config.giveUpAfter()), new Outbox(db.outbox(), ids, clock),
                secrets, tenants, new WebhookDispatcher.Settings(new com.benchcrm.webhook.DeliverySlots(config.slots(), clock),
                        config.deferDelay()), ids, clock);
        SqsBatch batch = new SqsBatch(new MessageDeadLetters(sqs, config.webhookDlqUrl(), clock)::send, config.webhookMaxReceives());
        return new WebhookDeliveryComponents(sql, new WebhookBatchHandler(new com.benchcrm.webhook.WebhookBatch(dispatcher,
                config.batchTime(), BATCH_MARGIN, clock), batch));
    }
}

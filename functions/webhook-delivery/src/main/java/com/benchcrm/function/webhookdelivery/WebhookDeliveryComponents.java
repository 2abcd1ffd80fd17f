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

    public static WebhookDeliveryComponents create(WebhookDeliveryConfig config) {
        Clock clock = Clock.systemUTC();
        Ids ids = new Ids(clock);
        SqlPort sql = config.sql().connect();
        PostgresPersistence db = PostgresPersistence.over(sql);
        SqsQueues sqs = SqsQueues.create(config.sqsEndpoint().map(SqsQueues.Settings::local)
                .orElseGet(() -> SqsQueues.Settings.aws(config.region())));
        DestinationGuard guard = config.allowLoopback() ? DestinationGuard.allowingLoopback() : DestinationGuard.publicOnly();
        WebhookDispatcher dispatcher = new WebhookDispatcher(db.transactions(), db.webhookDeliveries(), new JdkWebhookTransport(guard, config.webhookTimeout()),
                new SqsDeliveryTimer(sqs, config.webhookQueueUrl(), clock),
                new RetryPolicy(config.retryInitial(), config.retryMax(), config.giveUpAfter()), new Outbox(db.outbox(), ids, clock), ids, clock);
        SqsBatch batch = new SqsBatch(new MessageDeadLetters(sqs, config.webhookDlqUrl(), clock)::send, config.webhookMaxReceives());
        return new WebhookDeliveryComponents(sql, new WebhookBatchHandler(dispatcher, batch));
    }
}

/**
 * The webhook delivery function ({@code webhookDelivery}), on the webhook SQS queue: fans events out
 * to the tenant's webhook subscriptions and delivers them signed, and handles retry timers
 * ({@link com.benchcrm.webhook.WebhookDispatcher}, over {@link com.benchcrm.webhook.http.JdkWebhookTransport});
 * reports partial batch failures and moves poison messages to the DLQ with their error
 * ({@link com.benchcrm.function.runtime.sqs.SqsBatch}). {@link com.benchcrm.function.webhookdelivery.WebhookDeliveryComponents}
 * builds everything from {@link com.benchcrm.function.webhookdelivery.WebhookDeliveryConfig}.
 */
@NullMarked
package com.benchcrm.function.webhookdelivery;

import org.jspecify.annotations.NullMarked;

/**
 * The event worker function: one Lambda artifact, two Spring Cloud Functions.
 *
 * <ul>
 *   <li>{@code outboxRelay}, on a schedule: publishes committed outbox rows of every tenant to
 *       EventBridge and sweeps claims a crash left behind ({@link com.benchcrm.outbox.OutboxRelay}).</li>
 *   <li>{@code webhookDelivery}, on the webhook SQS queue: fans events out to the tenant's webhook
 *       subscriptions and delivers them, and handles retry timers
 *       ({@link com.benchcrm.webhook.WebhookDispatcher}); reports partial batch failures and moves
 *       poison messages to the DLQ with their error.</li>
 * </ul>
 *
 * <p>The handlers only translate (event in, use case, response out); {@link com.benchcrm.function.webhookdelivery.EventWorkerComponents}
 * builds everything from {@link com.benchcrm.function.webhookdelivery.EventWorkerConfig}.
 */
@NullMarked
package com.benchcrm.function.webhookdelivery;

import org.jspecify.annotations.NullMarked;

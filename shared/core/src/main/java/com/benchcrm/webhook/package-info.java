/**
 * Partner webhooks: a tenant's subscriptions (URL and event types, a signing secret shown once),
 * and the delivery of its events to them, signed per the Standard Webhooks specification, retried
 * with exponential back-off and jitter for about a day, then dead-lettered with a
 * {@code WebhookDeliveryFailed} event. Every attempt is logged.
 *
 * <p>A tenant only ever receives its own events: deliveries are created in a transaction of the
 * event's tenant, from that tenant's subscriptions, under row-level security. Destinations are
 * checked by {@link com.benchcrm.webhook.DestinationGuard} (no private, loopback or link-local
 * addresses in AWS) when a subscription is created and before every attempt.
 */
@NullMarked
package com.benchcrm.webhook;

import org.jspecify.annotations.NullMarked;

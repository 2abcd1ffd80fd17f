/**
 * {@code /v1/webhooks}: a tenant's partner webhook subscriptions and their delivery logs (Owner,
 * Admin). Delivery itself is the {@code webhookDelivery} function (functions/webhook-delivery).
 */
@NullMarked
package com.benchcrm.function.httpapi.webhook;

import org.jspecify.annotations.NullMarked;

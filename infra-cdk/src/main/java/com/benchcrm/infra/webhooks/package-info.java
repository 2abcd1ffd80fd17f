/**
 * Partner webhooks a tenant declares in the tenants file ({@link com.benchcrm.infra.webhooks.TenantWebhook}):
 * a signing secret under the tenant's key and the subscription row, a custom resource of the migration
 * function. Delivery itself is the platform's one rule, queue and function (ADR 0012), unchanged;
 * ADR 0034 records why the file declares subscriptions rather than EventBridge rules per webhook.
 */
@NullMarked
package com.benchcrm.infra.webhooks;

import org.jspecify.annotations.NullMarked;

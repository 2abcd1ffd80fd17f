/**
 * The webhook HTTP transport: {@link com.benchcrm.webhook.http.JdkWebhookTransport} POSTs one
 * signed attempt to a partner's endpoint (the {@link com.benchcrm.webhook.WebhookTransport} port of
 * {@link com.benchcrm.webhook.WebhookDispatcher}).
 */
@NullMarked
package com.benchcrm.webhook.http;

import org.jspecify.annotations.NullMarked;

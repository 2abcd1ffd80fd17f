package com.benchcrm.webhook;

/** A new subscription and its signing secret: the only time the secret is shown. */
public record CreatedWebhook(Webhook webhook, String secret) {}

package com.benchcrm.function.webhookdelivery;

import com.benchcrm.common.Json;
import com.benchcrm.events.DomainEvent;
import com.benchcrm.function.runtime.SnapStartPriming;
import com.benchcrm.persistence.postgres.PostgresPersistence;
import com.benchcrm.webhook.WebhookSignature;
import java.time.Instant;

/**
 * SnapStart priming of webhook delivery: the database client, the JSON mapper on an event envelope,
 * HMAC signing, without delivering anything.
 */
final class WebhookDeliveryPriming {

    private WebhookDeliveryPriming() {}

    static void prime(WebhookDeliveryComponents components) {
        DomainEvent event = SnapStartPriming.sampleEvent();
        WebhookSignature.headers(WebhookSignature.newSecret(), event.id().toString(), Instant.now(), event.toJson());
        Json.write(event.toNode());
        PostgresPersistence.over(components.sql()).ping();
    }
}

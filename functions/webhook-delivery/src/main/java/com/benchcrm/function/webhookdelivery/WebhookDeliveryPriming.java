package com.benchcrm.function.webhookdelivery;

import com.benchcrm.common.Json;
import com.benchcrm.events.DomainEvent;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.webhook.WebhookSignature;
import java.time.Instant;

/**
 * SnapStart priming of webhook delivery: the database client, the JSON mapper on an event envelope,
 * HMAC signing, without delivering anything.
 */
final class WebhookDeliveryPriming {

    private static final String SAMPLE = """
            {"id":"0193f7a5-1000-7000-8000-000000000001","type":"RequirementImported","version":1,
             "tenant":"0193f7a0-0000-7000-8000-00000000a001","time":"2026-11-22T12:00:00.123456Z","traceId":"",
             "data":{"id":"0193f7a2-5b3c-7d4e-8f60-123456789abc","version":1}}""";

    private WebhookDeliveryPriming() {
    }

    static void prime(WebhookDeliveryComponents components) {
        DomainEvent event = DomainEvent.parse(SAMPLE);
        WebhookSignature.headers(WebhookSignature.newSecret(), event.id().toString(), Instant.now(), event.toJson());
        Json.write(event.toNode());
        components.sql().withoutTenant(s -> s.query("select 1 as one", SqlParams.none()));
    }
}

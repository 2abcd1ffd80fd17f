package com.benchcrm.function.webhookdelivery;

import com.benchcrm.common.Json;
import com.benchcrm.events.DomainEvent;
import com.benchcrm.webhook.WebhookSignature;
import java.time.Instant;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SnapStart priming: before the snapshot, loads and warms what every invocation uses (the database
 * client, the JSON mapper on an event envelope, HMAC signing), so the first real message does not
 * pay for it.
 */
public final class EventWorkerPriming implements Resource {

    private static final Logger LOG = LoggerFactory.getLogger(EventWorkerPriming.class);
    private static final String SAMPLE = """
            {"id":"0193f7a5-1000-7000-8000-000000000001","type":"RequirementImported","version":1,
             "tenant":"0193f7a0-0000-7000-8000-00000000a001","time":"2026-11-22T12:00:00.123456Z","traceId":"",
             "data":{"id":"0193f7a2-5b3c-7d4e-8f60-123456789abc","version":1}}""";

    private final EventWorkerComponents components;

    public EventWorkerPriming(EventWorkerComponents components) {
        this.components = components;
    }

    /** Registers with the CRaC context; the caller keeps this object reachable. */
    public EventWorkerPriming register() {
        Core.getGlobalContext().register(this);
        return this;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime();
        LOG.info("primed the event worker before the snapshot");
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        LOG.info("restored from the snapshot");
    }

    /** One round of what an invocation does, without side effects. */
    public void prime() {
        DomainEvent event = DomainEvent.parse(SAMPLE);
        WebhookSignature.headers(WebhookSignature.newSecret(), event.id().toString(), Instant.now(), event.toJson());
        Json.write(event.toNode());
        com.benchcrm.persistence.postgres.PostgresPersistence.over(components.sql()).ping();
    }
}

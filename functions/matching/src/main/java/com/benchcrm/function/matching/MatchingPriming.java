package com.benchcrm.function.matching;

import com.benchcrm.events.DomainEvent;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SnapStart priming: before the snapshot, warms what every invocation uses (the database client,
 * the JSON mapper on an event envelope, the embedding model's client or session with one short
 * text), so the first real batch does not pay for it.
 */
public final class MatchingPriming implements Resource {

    private static final Logger LOG = LoggerFactory.getLogger(MatchingPriming.class);
    private static final String SAMPLE = """
            {"id":"0193f7a5-1000-7000-8000-000000000001","type":"RequirementImported","version":1,
             "tenant":"0193f7a0-0000-7000-8000-00000000a001","time":"2026-11-22T12:00:00.123456Z","traceId":"",
             "data":{"id":"0193f7a2-5b3c-7d4e-8f60-123456789abc","version":1}}""";

    private final MatchingComponents components;

    public MatchingPriming(MatchingComponents components) {
        this.components = components;
    }

    /** Registers with the CRaC context; the caller keeps this object reachable. */
    public MatchingPriming register() {
        Core.getGlobalContext().register(this);
        return this;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime();
        LOG.info("primed the match worker before the snapshot");
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        LOG.info("restored from the snapshot");
    }

    /** One round of what an invocation does, without side effects. */
    public void prime() {
        DomainEvent.parse(SAMPLE);
        com.benchcrm.persistence.postgres.PostgresPersistence.over(components.sql()).ping();
        components.matching().model().embed("Senior Java developer. Skills: Java, Spring, AWS.");
    }
}

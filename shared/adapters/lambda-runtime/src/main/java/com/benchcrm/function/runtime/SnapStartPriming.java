package com.benchcrm.function.runtime;

import com.benchcrm.events.DomainEvent;
import java.util.Objects;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SnapStart priming: a CRaC {@link Resource} that, before the snapshot, runs one round of what an
 * invocation does (without side effects), so classes are loaded and JIT-warm in the snapshot
 * rather than on the first real event. Outside SnapStart nothing calls it.
 *
 * <pre>{@code
 * SnapStartPriming priming = SnapStartPriming.register("the HTTP API", () -> new HttpApiPriming(api).prime());
 * // keep `priming` reachable (a bean): CRaC holds resources weakly
 * }</pre>
 */
public final class SnapStartPriming implements Resource {

    private static final Logger LOG = LoggerFactory.getLogger(SnapStartPriming.class);
    private static final String SAMPLE_EVENT = """
            {"id":"0193f7a5-1000-7000-8000-000000000001","type":"RequirementImported","version":1,
             "tenant":"0193f7a0-0000-7000-8000-00000000a001","time":"2026-11-22T12:00:00.123456Z","traceId":"",
             "data":{"id":"0193f7a2-5b3c-7d4e-8f60-123456789abc","version":1}}""";

    private final String what;
    private final Runnable prime;

    private SnapStartPriming(String what, Runnable prime) {
        this.what = Objects.requireNonNull(what, "what");
        this.prime = Objects.requireNonNull(prime, "prime");
    }

    /** Registers {@code prime} with the global CRaC context; the caller keeps the result reachable. */
    public static SnapStartPriming register(String what, Runnable prime) {
        SnapStartPriming priming = new SnapStartPriming(what, prime);
        Core.getGlobalContext().register(priming);
        return priming;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime.run();
        LOG.info("primed {} before the snapshot", what);
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        LOG.info("{} restored from the snapshot", what);
    }

    /**
     * A domain event envelope, parsed (event parsing and the JSON mapper are warm afterwards), for a
     * priming round to work on; nothing is published or stored.
     */
    public static DomainEvent sampleEvent() {
        return DomainEvent.parse(SAMPLE_EVENT);
    }

    /** Runs the priming round now (tests, and the benchmark of its cost). */
    public void prime() {
        prime.run();
    }
}

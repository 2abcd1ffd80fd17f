package com.benchcrm.function.runtime;

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

    /** Runs the priming round now (tests, and the benchmark of its cost). */
    public void prime() {
        prime.run();
    }
}

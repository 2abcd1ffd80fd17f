package com.benchcrm.function.outboxrelay;

import com.benchcrm.function.runtime.EventHandler;
import com.benchcrm.function.runtime.Invocation;
import com.benchcrm.outbox.OutboxRelay;
import java.time.Duration;

/**
 * The {@code outboxRelay} function, invoked every minute by a schedule (the event itself says
 * nothing it needs): sweeps expired claims, then relays outbox rows to EventBridge until its budget
 * (or the invocation's remaining time, less a margin) is spent, polling every 200 ms when there is
 * nothing to do. Overlapping invocations are safe: claims are leases taken with SKIP LOCKED. ADR 0011.
 */
public final class OutboxRelayFunction implements EventHandler<OutboxRelayFunction.Summary> {

    static final Duration IDLE_POLL = Duration.ofMillis(200);
    static final Duration MARGIN = Duration.ofSeconds(5);

    /** The response: rows claimed, published and failed by this invocation. */
    public record Summary(int claimed, int published, int failed) {
    }

    private final OutboxRelay relay;
    private final Duration budget;

    public OutboxRelayFunction(OutboxRelay relay, Duration budget) {
        this.relay = relay;
        this.budget = budget;
    }

    @Override
    public Summary handle(Invocation invocation) {
        OutboxRelay.Round total = relay.drainFor(runFor(invocation), IDLE_POLL);
        return new Summary(total.claimed(), total.published(), total.failed());
    }

    /** The budget, or less when the invocation ends sooner (its remaining time less a margin). */
    Duration runFor(Invocation invocation) {
        Duration run = invocation.remainingMillis().map(ms -> Duration.ofMillis(ms).minus(MARGIN))
                .filter(remaining -> remaining.compareTo(budget) < 0).orElse(budget);
        return run.isNegative() ? Duration.ZERO : run;
    }
}

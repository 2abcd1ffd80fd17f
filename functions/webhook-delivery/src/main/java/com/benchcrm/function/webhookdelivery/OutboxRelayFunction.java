package com.benchcrm.function.webhookdelivery;

import com.amazonaws.services.lambda.runtime.Context;
import com.benchcrm.outbox.OutboxRelay;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.cloud.function.adapter.aws.AWSLambdaUtils;
import org.springframework.messaging.Message;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/**
 * The {@code outboxRelay} function, invoked every minute by a schedule: sweeps expired claims, then
 * relays outbox rows to EventBridge until its budget (or the invocation's remaining time, less a
 * margin) is spent, polling every 200 ms when there is nothing to do. Overlapping invocations are
 * safe: claims are leases taken with SKIP LOCKED. ADR 0011.
 */
public final class OutboxRelayFunction implements Function<Message<byte[]>, Map<String, Object>> {

    static final Duration IDLE_POLL = Duration.ofMillis(200);
    static final Duration MARGIN = Duration.ofSeconds(5);

    private final OutboxRelay relay;
    private final Duration budget;

    public OutboxRelayFunction(OutboxRelay relay, Duration budget) {
        this.relay = relay;
        this.budget = budget;
    }

    @Override
    public Map<String, Object> apply(Message<byte[]> message) {
        Object context = message.getHeaders().get(AWSLambdaUtils.AWS_CONTEXT);
        if (context instanceof Context lambda) {
            Duration remaining = Duration.ofMillis(lambda.getRemainingTimeInMillis()).minus(MARGIN);
            Duration run = remaining.compareTo(budget) < 0 ? remaining : budget;
            return PowertoolsLogging.withLogging(lambda, () -> relay(run.isNegative() ? Duration.ZERO : run));
        }
        return relay(budget);
    }

    private Map<String, Object> relay(Duration run) {
        OutboxRelay.Round total = relay.drainFor(run, IDLE_POLL);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("claimed", total.claimed());
        summary.put("published", total.published());
        summary.put("failed", total.failed());
        return summary;
    }
}

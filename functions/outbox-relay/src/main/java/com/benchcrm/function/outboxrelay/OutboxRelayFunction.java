package com.benchcrm.function.outboxrelay;

import com.benchcrm.common.Json;
import com.benchcrm.function.runtime.EventHandler;
import com.benchcrm.function.runtime.Invocation;
import com.benchcrm.outbox.OutboxRelay;
import com.benchcrm.outbox.OutboxRepository;
import com.benchcrm.retention.Purge;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code outboxRelay} function, invoked every minute by a schedule (the event itself says
 * nothing it needs): sweeps expired claims, then relays outbox rows to EventBridge until its budget
 * (or the invocation's remaining time, less a margin) is spent, polling every 200 ms when there is
 * nothing to do, and publishes the backlog (unpublished rows, age of the oldest) as CloudWatch
 * metrics in the embedded metric format, which the outbox-backlog alarm watches. Overlapping
 * invocations are safe: claims are leases taken with SKIP LOCKED. ADR 0011.
 *
 * <p>Invoked with {@code {"command": "purge"}} (the hourly EventBridge Scheduler schedule) it runs the
 * retention purge instead ({@link Purge}, ADR 0058): the relay's database role is the one that may.
 */
public final class OutboxRelayFunction implements EventHandler<OutboxRelayFunction.Summary> {

    static final Duration IDLE_POLL = Duration.ofMillis(200);
    static final Duration MARGIN = Duration.ofSeconds(5);
    static final String NAMESPACE = "BenchCRM";
    public static final String BACKLOG_AGE_METRIC = "OutboxOldestUnpublishedAgeSeconds";
    public static final String BACKLOG_COUNT_METRIC = "OutboxUnpublished";

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelayFunction.class);

    /**
     * The response: rows claimed, published and failed by this invocation and the backlog after it;
     * for a purge ({@code command = "purge"}), the tenants purged, rows removed, and whether it finished.
     */
    public record Summary(String command, int claimed, int published, int failed, long unpublished, long oldestUnpublishedAgeSeconds,
                          int tenants, long removed, boolean complete) {

        public Summary(int claimed, int published, int failed) {
            this("relay", claimed, published, failed, 0, 0, 0, 0, true);
        }
    }

    private final OutboxRelay relay;
    private final Duration budget;
    private final Purge purge;

    public OutboxRelayFunction(OutboxRelay relay, Duration budget, Purge purge) {
        this.relay = relay;
        this.budget = budget;
        this.purge = purge;
    }

    public OutboxRelayFunction(OutboxRelay relay, Duration budget) {
        this(relay, budget, null);
    }

    @Override
    public Summary handle(Invocation invocation) {
        if (isPurge(invocation.event())) {
            if (purge == null) {
                throw new IllegalStateException("this relay has no purge configured");
            }
            Duration remaining = invocation.remainingMillis().map(ms -> Duration.ofMillis(ms).minus(MARGIN)).orElse(Duration.ofMinutes(4));
            Purge.Report report = purge.run(invocation.requestId(), remaining.isNegative() ? Duration.ZERO : remaining);
            return new Summary("purge", 0, 0, 0, 0, 0, report.removed().size(), report.total(), report.complete());
        }
        OutboxRelay.Round total = relay.drainFor(runFor(invocation), IDLE_POLL);
        long unpublished = 0;
        long age = 0;
        try {
            OutboxRepository.Backlog backlog = relay.backlog();
            unpublished = backlog.unpublished();
            age = backlog.oldest() == null ? 0 : Math.max(0, Duration.between(backlog.oldest(), Instant.now()).toSeconds());
            System.out.println(emf(unpublished, age));
        } catch (RuntimeException e) {
            LOG.warn("outbox backlog not measured: {}", e.toString());
        }
        return new Summary("relay", total.claimed(), total.published(), total.failed(), unpublished, age, 0, 0, true);
    }

    /** The budget, or less when the invocation ends sooner (its remaining time less a margin). */
    Duration runFor(Invocation invocation) {
        Duration run = invocation.remainingMillis().map(ms -> Duration.ofMillis(ms).minus(MARGIN))
                .filter(remaining -> remaining.compareTo(budget) < 0).orElse(budget);
        return run.isNegative() ? Duration.ZERO : run;
    }

    /** Whether the invocation's input asks for the purge ({@code {"command":"purge"}}); anything else relays. */
    static boolean isPurge(byte[] payload) {
        if (payload == null || payload.length == 0) {
            return false;
        }
        try {
            JsonNode node = Json.canonical().readTree(payload);
            return node != null && "purge".equals(node.path("command").asText(null));
        } catch (IOException e) {
            return false;
        }
    }

    /** One CloudWatch embedded-metric-format line: the backlog, dimension {@code service=outbox-relay}. */
    static String emf(long unpublished, long ageSeconds) {
        Map<String, Object> metrics = Map.of("Namespace", NAMESPACE, "Dimensions", List.of(List.of("service")),
                "Metrics", List.of(Map.of("Name", BACKLOG_AGE_METRIC, "Unit", "Seconds"), Map.of("Name", BACKLOG_COUNT_METRIC, "Unit", "Count")));
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("_aws", Map.of("Timestamp", System.currentTimeMillis(), "CloudWatchMetrics", List.of(metrics)));
        line.put("service", "outbox-relay");
        line.put(BACKLOG_AGE_METRIC, ageSeconds);
        line.put(BACKLOG_COUNT_METRIC, unpublished);
        return Json.write(line);
    }
}

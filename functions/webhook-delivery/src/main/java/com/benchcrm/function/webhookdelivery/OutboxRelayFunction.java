package com.benchcrm.function.webhookdelivery;

import com.amazonaws.services.lambda.runtime.Context;
import com.benchcrm.common.Json;
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
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.function.adapter.aws.AWSLambdaUtils;
import org.springframework.messaging.Message;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/**
 * The {@code outboxRelay} function, invoked every minute by a schedule: sweeps expired claims, then
 * relays outbox rows to EventBridge until its budget (or the invocation's remaining time, less a
 * margin) is spent, polling every 200 ms when there is nothing to do, and publishes the backlog
 * (unpublished rows, age of the oldest) as CloudWatch metrics in the embedded metric format, which
 * the outbox-backlog alarm watches. Overlapping invocations are safe: claims are leases taken with
 * SKIP LOCKED. ADR 0011.
 *
 * <p>Invoked with {@code {"command": "purge"}} (the daily EventBridge Scheduler schedule) it runs the
 * retention purge instead ({@link Purge}, ADR 0058): the relay's database role is the one that may.
 */
public final class OutboxRelayFunction implements Function<Message<byte[]>, Map<String, Object>> {

    static final Duration IDLE_POLL = Duration.ofMillis(200);
    static final Duration MARGIN = Duration.ofSeconds(5);
    static final String NAMESPACE = "BenchCRM";
    public static final String BACKLOG_AGE_METRIC = "OutboxOldestUnpublishedAgeSeconds";
    public static final String BACKLOG_COUNT_METRIC = "OutboxUnpublished";

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelayFunction.class);

    private final OutboxRelay relay;
    private final Duration budget;
    private final Purge purge;

    public OutboxRelayFunction(OutboxRelay relay, Duration budget, Purge purge) {
        this.relay = relay;
        this.budget = budget;
        this.purge = purge;
    }

    @Override
    public Map<String, Object> apply(Message<byte[]> message) {
        boolean purging = isPurge(message.getPayload());
        Object context = message.getHeaders().get(AWSLambdaUtils.AWS_CONTEXT);
        if (context instanceof Context lambda) {
            Duration remaining = Duration.ofMillis(lambda.getRemainingTimeInMillis()).minus(MARGIN);
            Duration run = remaining.compareTo(budget) < 0 ? remaining : budget;
            Duration bounded = run.isNegative() ? Duration.ZERO : run;
            return PowertoolsLogging.withLogging(lambda, () -> purging ? purge(lambda.getAwsRequestId(), remaining) : relay(bounded));
        }
        return purging ? purge("purge-" + Instant.now(), Duration.ofMinutes(4)) : relay(budget);
    }

    private Map<String, Object> relay(Duration run) {
        OutboxRelay.Round total = relay.drainFor(run, IDLE_POLL);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("claimed", total.claimed());
        summary.put("published", total.published());
        summary.put("failed", total.failed());
        try {
            OutboxRepository.Backlog backlog = relay.backlog();
            long age = backlog.oldest() == null ? 0 : Math.max(0, Duration.between(backlog.oldest(), Instant.now()).toSeconds());
            summary.put("unpublished", backlog.unpublished());
            summary.put("oldestUnpublishedAgeSeconds", age);
            System.out.println(emf(backlog.unpublished(), age));
        } catch (RuntimeException e) {
            LOG.warn("outbox backlog not measured: {}", e.toString());
        }
        return summary;
    }

    private Map<String, Object> purge(String traceId, Duration remaining) {
        Purge.Report report = purge.run(traceId, remaining.isNegative() ? Duration.ZERO : remaining);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("command", "purge");
        summary.put("tenants", report.removed().size());
        summary.put("removed", report.total());
        summary.put("complete", report.complete());
        return summary;
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

package com.benchcrm.function.webhookdelivery;

import static com.benchcrm.common.EnvReader.duration;
import static com.benchcrm.common.EnvReader.integer;
import static com.benchcrm.common.EnvReader.optional;
import static com.benchcrm.common.EnvReader.uri;

import com.benchcrm.events.EventRouting;
import com.benchcrm.sql.SqlSettings;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything the webhook delivery function reads from its environment, read once and validated at
 * start (all problems reported together).
 *
 * <table>
 *   <caption>Environment</caption>
 *   <tr><td>BENCHCRM_SQL_MODE and the RDS Data API (or JDBC) variables</td><td>as for the HTTP API function</td></tr>
 *   <tr><td>AWS_REGION</td><td>set by Lambda</td></tr>
 *   <tr><td>BENCHCRM_WEBHOOK_QUEUE_URL, BENCHCRM_WEBHOOK_DLQ_URL</td><td>the webhook queue (retry timers) and its DLQ (poison
 *       messages); both required</td></tr>
 *   <tr><td>BENCHCRM_SQS_ENDPOINT</td><td>ElasticMQ's URL in the embedded stack; unset in AWS</td></tr>
 *   <tr><td>BENCHCRM_WEBHOOK_MAX_RECEIVES</td><td>the queue's maxReceiveCount (default: events/rules/routing.json)</td></tr>
 *   <tr><td>BENCHCRM_WEBHOOK_RETRY_INITIAL, _RETRY_MAX, _GIVE_UP_AFTER</td><td>back-off, ISO-8601; default PT30S, PT4H, PT24H</td></tr>
 *   <tr><td>BENCHCRM_WEBHOOK_ALLOW_LOOPBACK</td><td>{@code true} only in the embedded stack: loopback receivers</td></tr>
 *   <tr><td>BENCHCRM_WEBHOOK_TIMEOUT</td><td>per attempt, everything included (connect, request, response), default PT10S</td></tr>
 *   <tr><td>BENCHCRM_WEBHOOK_BATCH_TIME</td><td>a batch's deadline at most (and never later than the invocation's remaining
 *       time less 10 s), default PT40S; deliveries that could not start by then are deferred, not counted</td></tr>
 *   <tr><td>BENCHCRM_WEBHOOK_SLOTS_PER_TENANT, BENCHCRM_WEBHOOK_SLOTS_PER_DESTINATION</td><td>POSTs in flight at once per
 *       tenant and per receiver (scheme, host, port) in one process, default 4 and 2</td></tr>
 *   <tr><td>BENCHCRM_WEBHOOK_DEFER_DELAY</td><td>when a deferred delivery is tried again, default PT5S</td></tr>
 *   <tr><td>BENCHCRM_SECRET_KEYS, BENCHCRM_TENANT_KEY_ALIAS_PREFIX, BENCHCRM_SECRET_KEYRING</td><td>the keys that open the
 *       sealed signing secrets ({@code com.benchcrm.secrets.kms.SecretKeys})</td></tr>
 * </table>
 *
 * <pre>{@code
 * WebhookDeliveryConfig config = WebhookDeliveryConfig.from(System::getenv);
 * }</pre>
 */
public record WebhookDeliveryConfig(
        SqlSettings sql,
        String region,
        String webhookQueueUrl,
        String webhookDlqUrl,
        Optional<URI> sqsEndpoint,
        int webhookMaxReceives,
        Duration retryInitial,
        Duration retryMax,
        Duration giveUpAfter,
        boolean allowLoopback,
        Duration webhookTimeout,
        Duration batchTime,
        com.benchcrm.webhook.DeliverySlots.Limits slots,
        Duration deferDelay,
        com.benchcrm.secrets.kms.SecretKeys.Settings secretKeys) {

    /** @throws IllegalStateException naming every missing or invalid variable */
    public static WebhookDeliveryConfig from(Function<String, String> env) {
        List<String> problems = new ArrayList<>();
        SqlSettings sql = SqlSettings.from(env, problems);
        String region = optional(env, "AWS_REGION").orElse("us-east-1");
        Optional<String> queue = optional(env, "BENCHCRM_WEBHOOK_QUEUE_URL");
        Optional<String> dlq = optional(env, "BENCHCRM_WEBHOOK_DLQ_URL");
        if (queue.isEmpty()) {
            problems.add("BENCHCRM_WEBHOOK_QUEUE_URL is not set");
        }
        if (dlq.isEmpty()) {
            problems.add("BENCHCRM_WEBHOOK_DLQ_URL is not set");
        }
        int defaultReceives = EventRouting.load().queue("webhook").maxReceiveCount();
        Duration initial = duration(env, "BENCHCRM_WEBHOOK_RETRY_INITIAL", Duration.ofSeconds(30), problems);
        Duration max = duration(env, "BENCHCRM_WEBHOOK_RETRY_MAX", Duration.ofHours(4), problems);
        if (max.compareTo(initial) < 0) {
            problems.add("BENCHCRM_WEBHOOK_RETRY_MAX must not be shorter than BENCHCRM_WEBHOOK_RETRY_INITIAL");
        }
        WebhookDeliveryConfig config = new WebhookDeliveryConfig(sql, region, queue.orElse(""), dlq.orElse(""),
                uri(env, "BENCHCRM_SQS_ENDPOINT", problems),
                integer(env, "BENCHCRM_WEBHOOK_MAX_RECEIVES", defaultReceives, problems), initial, max,
                duration(env, "BENCHCRM_WEBHOOK_GIVE_UP_AFTER", Duration.ofHours(24), problems),
                "true".equalsIgnoreCase(optional(env, "BENCHCRM_WEBHOOK_ALLOW_LOOPBACK").orElse("false")),
                duration(env, "BENCHCRM_WEBHOOK_TIMEOUT", Duration.ofSeconds(10), problems),
                duration(env, "BENCHCRM_WEBHOOK_BATCH_TIME", Duration.ofSeconds(40), problems),
                slots(env, problems),
                duration(env, "BENCHCRM_WEBHOOK_DEFER_DELAY", Duration.ofSeconds(5), problems),
                com.benchcrm.secrets.kms.SecretKeys.Settings.from(env, sql == null ? "rdsdata" : sql.mode().name(), problems));
        if (config.webhookTimeout().compareTo(config.batchTime()) >= 0) {
            problems.add("BENCHCRM_WEBHOOK_TIMEOUT must be shorter than BENCHCRM_WEBHOOK_BATCH_TIME");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("webhook delivery is not configured: " + String.join("; ", problems));
        }
        return config;
    }

    private static com.benchcrm.webhook.DeliverySlots.Limits slots(Function<String, String> env, List<String> problems) {
        com.benchcrm.webhook.DeliverySlots.Limits d = com.benchcrm.webhook.DeliverySlots.Limits.DEFAULTS;
        int perTenant = integer(env, "BENCHCRM_WEBHOOK_SLOTS_PER_TENANT", d.perTenant(), problems);
        int perDestination = integer(env, "BENCHCRM_WEBHOOK_SLOTS_PER_DESTINATION", d.perDestination(), problems);
        if (perTenant < 1 || perDestination < 1) {
            problems.add("BENCHCRM_WEBHOOK_SLOTS_PER_TENANT and _PER_DESTINATION must be at least 1");
            return d;
        }
        return new com.benchcrm.webhook.DeliverySlots.Limits(perTenant, perDestination);
    }
}

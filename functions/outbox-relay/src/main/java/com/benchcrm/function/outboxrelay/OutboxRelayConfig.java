package com.benchcrm.function.outboxrelay;

import static com.benchcrm.common.EnvReader.duration;
import static com.benchcrm.common.EnvReader.optional;
import static com.benchcrm.common.EnvReader.uri;

import com.benchcrm.sql.SqlSettings;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything the outbox relay reads from its environment, read once and validated at start (all
 * problems reported together).
 *
 * <table>
 *   <caption>Environment</caption>
 *   <tr><td>BENCHCRM_SQL_MODE and the RDS Data API (or JDBC) variables</td><td>as for the HTTP API function</td></tr>
 *   <tr><td>AWS_REGION</td><td>set by Lambda</td></tr>
 *   <tr><td>BENCHCRM_EVENT_BUS_NAME</td><td>the EventBridge bus (required); BENCHCRM_EVENTBRIDGE_ENDPOINT overrides the endpoint (tests)</td></tr>
 *   <tr><td>BENCHCRM_RELAY_BUDGET</td><td>how long one invocation drains, ISO-8601, default PT50S</td></tr>
 * </table>
 *
 * <pre>{@code
 * OutboxRelayConfig config = OutboxRelayConfig.from(System::getenv);
 * }</pre>
 */
public record OutboxRelayConfig(
        SqlSettings sql, String region, String eventBusName, Optional<URI> eventBridgeEndpoint, Duration relayBudget) {

    /** @throws IllegalStateException naming every missing or invalid variable */
    public static OutboxRelayConfig from(Function<String, String> env) {
        List<String> problems = new ArrayList<>();
        SqlSettings sql = SqlSettings.from(env, problems);
        String region = optional(env, "AWS_REGION").orElse("us-east-1");
        Optional<String> bus = optional(env, "BENCHCRM_EVENT_BUS_NAME");
        if (bus.isEmpty()) {
            problems.add("BENCHCRM_EVENT_BUS_NAME is not set");
        }
        OutboxRelayConfig config = new OutboxRelayConfig(
                sql,
                region,
                bus.orElse(""),
                uri(env, "BENCHCRM_EVENTBRIDGE_ENDPOINT", problems),
                duration(env, "BENCHCRM_RELAY_BUDGET", Duration.ofSeconds(50), problems));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the outbox relay is not configured: " + String.join("; ", problems));
        }
        return config;
    }
}

package com.benchcrm.function.outboxrelay;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.function.runtime.testing.ShadedJars;
import com.benchcrm.tenancy.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The Lambda artifact itself: it carries the relay, the EventBridge and RDS Data API adapters and
 * nothing embedded-only; in a fresh JVM (JDBC supplied on the class path, as the embedded stack
 * does) it relays what the schedule's sample event asks for.
 */
class ShadedJarIT {

    static final Path JAR = ShadedJars.find("benchcrm-outbox-relay");

    @Test
    void shadedJar_carriesTheRelayAndItsAwsAdapters_andNothingEmbeddedOnly() {
        ShadedJars.check(JAR)
                .carries(
                        "com/benchcrm/function/outboxrelay/OutboxRelayApplication.class",
                        "com/benchcrm/events/eventbridge/EventBridgePublisher.class",
                        "com/benchcrm/sql/rdsdata/RdsDataSqlPort.class",
                        "META-INF/services/com.benchcrm.sql.SqlPortProvider")
                .nothingUnder("software/amazon/awssdk/services/sqs/", "com/benchcrm/webhook/http/")
                .nothingEmbeddedOnly();
    }

    @Test
    void shadedJar_inAFreshJvm_relaysCommittedRows() throws Exception {
        RelayTestStack stack = RelayTestStack.get();
        TenantId tenant = stack.newTenant("relay-jar");
        List<UUID> ids = stack.appendCommitted(tenant, 3);
        Path event = Path.of(OutboxRelayFunctionContractIT.class
                .getClassLoader()
                .getResource("events/outbox-relay/relay-schedule.json")
                .toURI());
        Map<String, String> env = new HashMap<>(stack.environment());
        env.put("MAIN_CLASS", OutboxRelayApplication.class.getName());
        env.put("POWERTOOLS_SERVICE_NAME", "outbox-relay");
        env.put("AWS_LAMBDA_FUNCTION_NAME", "benchcrm-outbox-relay");

        ShadedJars.Run run = ShadedJars.run(JAR, event, env, ShadedJars.embeddedSql());

        JsonNode summary = OutboxRelayFunctionContractIT.JSON.readTree(run.response());
        assertThat(summary.path("failed").asInt()).as(run.output()).isZero();
        List<String> published = stack.eventBridge.requests.stream()
                .flatMap(List::stream)
                .map(OutboxRelayFunctionContractIT::detailId)
                .toList();
        assertThat(published).containsAll(ids.stream().map(UUID::toString).toList());
    }
}

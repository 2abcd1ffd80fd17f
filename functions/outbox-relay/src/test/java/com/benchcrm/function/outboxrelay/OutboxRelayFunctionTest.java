package com.benchcrm.function.outboxrelay;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.benchcrm.function.runtime.Invocation;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutboxRelayFunctionTest {

    static Invocation withRemaining(int millis) {
        Context context = (Context) Proxy.newProxyInstance(Context.class.getClassLoader(), new Class<?>[] {Context.class},
                (p, m, a) -> m.getName().equals("getRemainingTimeInMillis") ? millis : null);
        return new Invocation(new byte[0], Optional.of(context));
    }

    final OutboxRelayFunction function = new OutboxRelayFunction(null, Duration.ofSeconds(50));

    @Test
    void runFor_plentyOfTimeLeft_isTheBudget() {
        assertThat(function.runFor(withRemaining(900_000))).isEqualTo(Duration.ofSeconds(50));
    }

    @Test
    void runFor_lessTimeLeftThanTheBudget_endsFiveSecondsBeforeLambdaWould() {
        assertThat(function.runFor(withRemaining(30_000))).isEqualTo(Duration.ofSeconds(25));
    }

    @Test
    void runFor_almostNoTimeLeft_isZeroNotNegative() {
        assertThat(function.runFor(withRemaining(2_000))).isEqualTo(Duration.ZERO);
    }

    @Test
    void runFor_outsideLambda_isTheBudget() {
        assertThat(function.runFor(new Invocation(new byte[0], Optional.empty()))).isEqualTo(Duration.ofSeconds(50));
    }

    @Test
    void isPurge_onlyForThePurgeCommand() {
        assertThat(OutboxRelayFunction.isPurge("{\"command\":\"purge\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isTrue();
        assertThat(OutboxRelayFunction.isPurge("{\"source\":\"aws.events\",\"detail-type\":\"Scheduled Event\"}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8))).isFalse();
        assertThat(OutboxRelayFunction.isPurge("not json".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isFalse();
        assertThat(OutboxRelayFunction.isPurge(new byte[0])).isFalse();
    }

    @Test
    void emf_isOneMetricLineTheBacklogAlarmReads() throws Exception {
        com.fasterxml.jackson.databind.JsonNode line = com.benchcrm.common.Json.strict().readTree(OutboxRelayFunction.emf(12, 345));

        assertThat(line.path("service").asText()).isEqualTo("outbox-relay");
        assertThat(line.path(OutboxRelayFunction.BACKLOG_AGE_METRIC).asLong()).isEqualTo(345);
        assertThat(line.path(OutboxRelayFunction.BACKLOG_COUNT_METRIC).asLong()).isEqualTo(12);
        com.fasterxml.jackson.databind.JsonNode cw = line.path("_aws").path("CloudWatchMetrics").get(0);
        assertThat(cw.path("Namespace").asText()).isEqualTo("BenchCRM");
        assertThat(cw.path("Dimensions").get(0).get(0).asText()).isEqualTo("service");
        assertThat(cw.path("Metrics").findValuesAsText("Name"))
                .containsExactlyInAnyOrder(OutboxRelayFunction.BACKLOG_AGE_METRIC, OutboxRelayFunction.BACKLOG_COUNT_METRIC);
    }

    @Test
    void purgeCommand_withoutAPurge_isAClearFailure() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> function.handle(new Invocation(
                        "{\"command\":\"purge\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8), Optional.empty())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no purge");
    }
}

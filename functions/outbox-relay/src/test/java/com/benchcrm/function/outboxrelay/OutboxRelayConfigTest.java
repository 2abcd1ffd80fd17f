package com.benchcrm.function.outboxrelay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.function.runtime.testing.TestEnvironments;
import com.benchcrm.sql.SqlSettings;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutboxRelayConfigTest {

    @Test
    void inAws_readsTheBusAndTheDefaultBudget() {
        Map<String, String> env = TestEnvironments.rdsData();
        env.put("BENCHCRM_EVENT_BUS_NAME", "prod-events");

        OutboxRelayConfig c = OutboxRelayConfig.from(env::get);

        assertThat(c.sql().mode()).isEqualTo(SqlSettings.Mode.RDSDATA);
        assertThat(c.eventBusName()).isEqualTo("prod-events");
        assertThat(c.region()).isEqualTo("eu-west-1");
        assertThat(c.relayBudget()).isEqualTo(Duration.ofSeconds(50));
        assertThat(c.eventBridgeEndpoint()).isEmpty();
    }

    @Test
    void everyProblem_isReportedAtOnce() {
        Map<String, String> env = new HashMap<>();
        env.put("BENCHCRM_SQL_MODE", "jdbc");
        env.put("BENCHCRM_RELAY_BUDGET", "fifty seconds");

        assertThatThrownBy(() -> OutboxRelayConfig.from(env::get))
                .hasMessageStartingWith("the outbox relay is not configured: ")
                .hasMessageContaining("BENCHCRM_JDBC_URL is not set")
                .hasMessageContaining("BENCHCRM_EVENT_BUS_NAME is not set")
                .hasMessageContaining("BENCHCRM_RELAY_BUDGET must be a positive ISO-8601 duration");
    }
}

package com.benchcrm.function.workauthorizationalerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.function.runtime.testing.TestEnvironments;
import com.benchcrm.sql.SqlSettings;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkAuthorizationAlertsConfigTest {

    @Test
    void inAws_needsTheRdsDataApiSettingsOnly() {
        WorkAuthorizationAlertsConfig c = WorkAuthorizationAlertsConfig.from(TestEnvironments.rdsData()::get);

        assertThat(c.sql().mode()).isEqualTo(SqlSettings.Mode.RDSDATA);
    }

    @Test
    void everyProblem_isReportedAtOnce() {
        Map<String, String> env = new HashMap<>();
        env.put("BENCHCRM_SQL_MODE", "jdbc");

        assertThatThrownBy(() -> WorkAuthorizationAlertsConfig.from(env::get))
                .hasMessageStartingWith("the work authorization alerts are not configured: ")
                .hasMessageContaining("BENCHCRM_JDBC_URL is not set");
    }
}

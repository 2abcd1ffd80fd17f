package com.benchcrm.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SqlSettingsTest {

    @Test
    void rdsData_isTheDefault_andNeedsTheClusterSecretDatabaseAndRegion() {
        List<String> problems = new ArrayList<>();
        SqlSettings s = SqlSettings.from(Map.<String, String>of()::get, problems);
        assertThat(s.mode()).isEqualTo(SqlSettings.Mode.RDSDATA);
        assertThat(problems)
                .containsExactly(
                        "BENCHCRM_DB_RESOURCE_ARN is not set",
                        "BENCHCRM_DB_SECRET_ARN is not set",
                        "BENCHCRM_DB_NAME is not set",
                        "AWS_REGION is not set");
    }

    @Test
    void jdbc_readsTheConnection_andNeverPrintsThePassword() {
        List<String> problems = new ArrayList<>();
        SqlSettings s = SqlSettings.from(
                Map.of(
                        "BENCHCRM_SQL_MODE",
                        " JDBC ",
                        "BENCHCRM_JDBC_URL",
                        "jdbc:postgresql://h/db",
                        "BENCHCRM_JDBC_USER",
                        "app",
                        "BENCHCRM_JDBC_PASSWORD",
                        "s3cret",
                        "BENCHCRM_JDBC_POOL_SIZE",
                        "4")::get,
                problems);
        assertThat(problems).isEmpty();
        assertThat(s.jdbc().orElseThrow().poolSize()).isEqualTo(4);
        assertThat(s.toString()).doesNotContain("s3cret");
    }

    @Test
    void connect_withoutTheModesAdapterOnTheClassPath_failsNamingIt() {
        // core's own test class path has no SQL adapter: like a Lambda artifact asked for jdbc
        SqlSettings jdbc = SqlSettings.from(
                Map.of(
                        "BENCHCRM_SQL_MODE",
                        "jdbc",
                        "BENCHCRM_JDBC_URL",
                        "jdbc:postgresql://h/db",
                        "BENCHCRM_JDBC_USER",
                        "app",
                        "BENCHCRM_JDBC_PASSWORD",
                        "x")::get,
                new ArrayList<>());

        assertThatThrownBy(jdbc::connect)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BENCHCRM_SQL_MODE is jdbc, but its SQL adapter (benchcrm-sql-jdbc")
                .hasMessageContaining("a Lambda artifact uses rdsdata");
    }

    @Test
    void anUnknownMode_isOneProblem() {
        List<String> problems = new ArrayList<>();
        SqlSettings.from(Map.of("BENCHCRM_SQL_MODE", "oracle")::get, problems);
        assertThat(problems).containsExactly("BENCHCRM_SQL_MODE must be jdbc or rdsdata, not oracle");
    }
}

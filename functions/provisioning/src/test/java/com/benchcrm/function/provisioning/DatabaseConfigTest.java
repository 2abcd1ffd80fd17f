package com.benchcrm.function.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseConfigTest {

    private static Map<String, String> complete() {
        Map<String, String> env = new HashMap<>();
        env.put("BENCHCRM_DB_HOST", "benchcrm-db.cluster-abc.us-east-1.rds.amazonaws.com");
        env.put("BENCHCRM_DB_PORT", "5432");
        env.put("BENCHCRM_DB_NAME", "benchcrm");
        env.put("BENCHCRM_DB_MASTER_SECRET_ARN", "arn:master");
        env.put("BENCHCRM_DB_OWNER_SECRET_ARN", "arn:owner");
        env.put("BENCHCRM_DB_APP_SECRET_ARN", "arn:app");
        env.put("BENCHCRM_DB_RELAY_SECRET_ARN", "arn:relay");
        env.put("BENCHCRM_SECRET_KEYS", "kms");
        env.put("BENCHCRM_TENANT_KEY_ALIAS_PREFIX", "alias/benchcrm-dev/tenant/");
        return env;
    }

    @Test
    void from_completeEnvironment_defaultsToSslRequired() {
        DatabaseConfig config = DatabaseConfig.from(complete()::get);

        assertThat(config.sslMode()).isEqualTo("require");
        assertThat(config.jdbcUrl("postgres"))
                .startsWith("jdbc:postgresql://benchcrm-db.cluster-abc.us-east-1.rds.amazonaws.com:5432/postgres?sslmode=require");
    }

    @Test
    void from_severalProblems_reportsThemAllAtOnce() {
        Map<String, String> env = complete();
        env.remove("BENCHCRM_DB_HOST");
        env.put("BENCHCRM_DB_PORT", "99999");
        env.put("BENCHCRM_DB_SSL_MODE", "prefer");
        env.remove("BENCHCRM_TENANT_KEY_ALIAS_PREFIX");

        assertThatThrownBy(() -> DatabaseConfig.from(env::get))
                .hasMessageContaining("BENCHCRM_DB_HOST is not set")
                .hasMessageContaining("BENCHCRM_DB_PORT must be a TCP port")
                .hasMessageContaining("BENCHCRM_DB_SSL_MODE must be one of")
                .hasMessageContaining("BENCHCRM_SECRET_KEYS=kms needs BENCHCRM_TENANT_KEY_ALIAS_PREFIX");
    }
}

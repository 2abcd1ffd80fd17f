package com.benchcrm.function.webhookdelivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventWorkerConfigTest {

    static Map<String, String> rdsData() {
        Map<String, String> env = new HashMap<>();
        env.put("BENCHCRM_DB_RESOURCE_ARN", "arn:aws:rds:eu-west-1:123456789012:cluster:benchcrm");
        env.put("BENCHCRM_DB_SECRET_ARN", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:app");
        env.put("BENCHCRM_DB_NAME", "benchcrm");
        env.put("AWS_REGION", "eu-west-1");
        return env;
    }

    @Test
    void relayOnly_inAws_readsTheBusAndDefaults() {
        Map<String, String> env = rdsData();
        env.put("BENCHCRM_EVENT_BUS_NAME", "prod-events");

        EventWorkerConfig c = EventWorkerConfig.from(env::get);

        assertThat(c.sql().mode()).isEqualTo(com.benchcrm.sql.SqlSettings.Mode.RDSDATA);
        assertThat(c.eventBusName()).contains("prod-events");
        assertThat(c.webhookQueueUrl()).isEmpty();
        assertThat(c.relayBudget()).isEqualTo(Duration.ofSeconds(50));
        assertThat(c.retryInitial()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.giveUpAfter()).isEqualTo(Duration.ofHours(24));
        assertThat(c.webhookMaxReceives()).isEqualTo(8);
        assertThat(c.allowLoopback()).isFalse();
    }

    @Test
    void webhookDelivery_inAws_needsTheTenantKeyAliasPrefix_theRelayDoesNot() {
        Map<String, String> env = rdsData();
        env.put("BENCHCRM_WEBHOOK_QUEUE_URL", "https://sqs.eu-west-1.amazonaws.com/123456789012/webhook");
        env.put("BENCHCRM_WEBHOOK_DLQ_URL", "https://sqs.eu-west-1.amazonaws.com/123456789012/webhook-dlq");

        assertThatThrownBy(() -> EventWorkerConfig.from(env::get))
                .hasMessageContaining("BENCHCRM_SECRET_KEYS=kms needs BENCHCRM_TENANT_KEY_ALIAS_PREFIX");
        env.put("BENCHCRM_TENANT_KEY_ALIAS_PREFIX", "alias/benchcrm-prod/tenant/");
        assertThat(EventWorkerConfig.from(env::get).secretKeys().aliasPrefix()).isEqualTo("alias/benchcrm-prod/tenant/");
    }

    @Test
    void everyProblem_isReportedAtOnce() {
        Map<String, String> env = new HashMap<>();
        env.put("BENCHCRM_SQL_MODE", "jdbc");
        env.put("BENCHCRM_WEBHOOK_QUEUE_URL", "http://127.0.0.1:9324/000000000000/webhook");
        env.put("BENCHCRM_WEBHOOK_RETRY_INITIAL", "thirty seconds");
        env.put("BENCHCRM_WEBHOOK_MAX_RECEIVES", "0");

        assertThatThrownBy(() -> EventWorkerConfig.from(env::get))
                .hasMessageContaining("BENCHCRM_JDBC_URL is not set")
                .hasMessageContaining("BENCHCRM_WEBHOOK_DLQ_URL")
                .hasMessageContaining("BENCHCRM_WEBHOOK_RETRY_INITIAL must be a positive ISO-8601 duration")
                .hasMessageContaining("BENCHCRM_WEBHOOK_MAX_RECEIVES must be a positive integer");
    }

    @Test
    void jdbcSecrets_areNotInToString() {
        Map<String, String> env = new HashMap<>();
        env.put("BENCHCRM_SQL_MODE", "jdbc");
        env.put("BENCHCRM_JDBC_URL", "jdbc:postgresql://127.0.0.1/benchcrm");
        env.put("BENCHCRM_JDBC_USER", "benchcrm_app");
        env.put("BENCHCRM_JDBC_PASSWORD", "s3cret-password-value");

        assertThat(EventWorkerConfig.from(env::get).toString()).doesNotContain("s3cret-password-value");
    }
}

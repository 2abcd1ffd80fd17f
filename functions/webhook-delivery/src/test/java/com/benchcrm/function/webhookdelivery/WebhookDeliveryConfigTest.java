package com.benchcrm.function.webhookdelivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.function.runtime.testing.TestEnvironments;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookDeliveryConfigTest {

    @Test
    void inAws_readsTheQueuesAndDefaults() {
        Map<String, String> env = TestEnvironments.rdsData();
        env.put("BENCHCRM_WEBHOOK_QUEUE_URL", "https://sqs.eu-west-1.amazonaws.com/123456789012/prod-webhook");
        env.put("BENCHCRM_WEBHOOK_DLQ_URL", "https://sqs.eu-west-1.amazonaws.com/123456789012/prod-webhook-dlq");
        env.put("BENCHCRM_TENANT_KEY_ALIAS_PREFIX", "alias/benchcrm-prod/tenant/");

        WebhookDeliveryConfig c = WebhookDeliveryConfig.from(env::get);

        assertThat(c.sql().mode()).isEqualTo(com.benchcrm.sql.SqlSettings.Mode.RDSDATA);
        assertThat(c.webhookQueueUrl()).endsWith("/prod-webhook");
        assertThat(c.webhookDlqUrl()).endsWith("/prod-webhook-dlq");
        assertThat(c.sqsEndpoint()).isEmpty();
        assertThat(c.retryInitial()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.retryMax()).isEqualTo(Duration.ofHours(4));
        assertThat(c.giveUpAfter()).isEqualTo(Duration.ofHours(24));
        assertThat(c.webhookTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(c.webhookMaxReceives()).as("routing.json's webhook queue").isEqualTo(8);
        assertThat(c.allowLoopback()).isFalse();
        assertThat(c.batchTime()).isEqualTo(Duration.ofSeconds(40));
        assertThat(c.slots()).isEqualTo(com.benchcrm.webhook.DeliverySlots.Limits.DEFAULTS);
        assertThat(c.deferDelay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(c.secretKeys().mode()).isEqualTo(com.benchcrm.secrets.kms.SecretKeys.Mode.KMS);
        assertThat(c.secretKeys().aliasPrefix()).isEqualTo("alias/benchcrm-prod/tenant/");
    }

    @Test
    void inAws_withoutTheTenantKeyAliasPrefix_orWithATimeoutPastTheBatch_isRefused() {
        Map<String, String> env = TestEnvironments.rdsData();
        env.put("BENCHCRM_WEBHOOK_QUEUE_URL", "https://sqs.eu-west-1.amazonaws.com/123456789012/prod-webhook");
        env.put("BENCHCRM_WEBHOOK_DLQ_URL", "https://sqs.eu-west-1.amazonaws.com/123456789012/prod-webhook-dlq");
        env.put("BENCHCRM_WEBHOOK_TIMEOUT", "PT50S");

        assertThatThrownBy(() -> WebhookDeliveryConfig.from(env::get))
                .hasMessageContaining("BENCHCRM_SECRET_KEYS=kms needs BENCHCRM_TENANT_KEY_ALIAS_PREFIX")
                .hasMessageContaining("BENCHCRM_WEBHOOK_TIMEOUT must be shorter than BENCHCRM_WEBHOOK_BATCH_TIME");
    }

    @Test
    void everyProblem_isReportedAtOnce() {
        Map<String, String> env = new HashMap<>();
        env.put("BENCHCRM_SQL_MODE", "jdbc");
        env.put("BENCHCRM_WEBHOOK_QUEUE_URL", "http://127.0.0.1:9324/000000000000/webhook");
        env.put("BENCHCRM_WEBHOOK_RETRY_INITIAL", "thirty seconds");
        env.put("BENCHCRM_WEBHOOK_MAX_RECEIVES", "0");

        assertThatThrownBy(() -> WebhookDeliveryConfig.from(env::get))
                .hasMessageStartingWith("webhook delivery is not configured: ")
                .hasMessageContaining("BENCHCRM_JDBC_URL is not set")
                .hasMessageContaining("BENCHCRM_WEBHOOK_DLQ_URL")
                .hasMessageContaining("BENCHCRM_WEBHOOK_RETRY_INITIAL must be a positive ISO-8601 duration")
                .hasMessageContaining("BENCHCRM_WEBHOOK_MAX_RECEIVES must be a positive integer");
    }

    @Test
    void jdbcSecrets_areNotInToString() {
        Map<String, String> env = TestEnvironments.jdbc();
        env.put("BENCHCRM_WEBHOOK_QUEUE_URL", "http://127.0.0.1:9324/000000000000/webhook");
        env.put("BENCHCRM_WEBHOOK_DLQ_URL", "http://127.0.0.1:9324/000000000000/webhook-dlq");

        assertThat(WebhookDeliveryConfig.from(env::get).toString()).doesNotContain("s3cret-password-value");
    }
}

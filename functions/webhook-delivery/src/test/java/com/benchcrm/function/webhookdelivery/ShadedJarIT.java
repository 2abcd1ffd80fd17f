package com.benchcrm.function.webhookdelivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.function.runtime.testing.ShadedJars;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.webhook.CreatedWebhook;
import com.benchcrm.webhook.WebhookSignature;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Lambda artifact itself: it carries webhook delivery, its HTTP transport, SQS and the RDS Data
 * API, and nothing embedded-only (nor the relay's EventBridge client); a fresh JVM with only the
 * shaded jar (and the JDBC adapter the embedded stack supplies) on its class path, configured through
 * environment variables as Lambda does, delivers a webhook from the sample SQS event and answers a
 * batch response.
 */
class ShadedJarIT {

    static final Path JAR = ShadedJars.find("benchcrm-webhook-delivery");

    @Test
    void shadedJar_carriesWebhookDeliveryAndItsAwsAdapters_andNothingEmbeddedOnly() {
        ShadedJars.check(JAR).carries("com/benchcrm/function/webhookdelivery/WebhookDeliveryApplication.class",
                        "com/benchcrm/webhook/http/JdkWebhookTransport.class", "com/benchcrm/queue/sqs/SqsQueues.class",
                        "com/benchcrm/sql/rdsdata/RdsDataSqlPort.class", "com/benchcrm/function/runtime/sqs/SqsBatch.class")
                .nothingUnder("software/amazon/awssdk/services/eventbridge/", "com/benchcrm/function/outboxrelay/").nothingEmbeddedOnly();
    }

    @Test
    void shadedJar_inAFreshJvm_deliversTheSampleEventsWebhookAndAnswersABatchResponse() throws Exception {
        WebhookTestStack stack = WebhookTestStack.get();
        TenantId tenant = stack.newTenant("shaded");
        CreatedWebhook hook = stack.subscribe(tenant, "/shaded", "RequirementImported");
        Path event = Path.of("target", "shaded-webhook-event.json");
        Files.write(event, WebhookEvent.load("webhook-event").envelope(tenant.value(), stack.ids.next()).bytes());

        Map<String, String> env = stack.pg.appEnvironment(2);
        env.putAll(Map.ofEntries(
                Map.entry("MAIN_CLASS", WebhookDeliveryApplication.class.getName()),
                Map.entry("BENCHCRM_SQS_ENDPOINT", stack.events.sqs().endpoint().toString()),
                Map.entry("BENCHCRM_WEBHOOK_QUEUE_URL", stack.events.url("webhook")),
                Map.entry("BENCHCRM_WEBHOOK_DLQ_URL", stack.events.url("webhook-dlq")),
                Map.entry("BENCHCRM_WEBHOOK_ALLOW_LOOPBACK", "true"),
                Map.entry("BENCHCRM_SECRET_KEYS", "file"),
                Map.entry("BENCHCRM_SECRET_KEYRING", WebhookTestStack.KEYRING.toString()),
                Map.entry("AWS_REGION", "us-east-1"),
                Map.entry("POWERTOOLS_SERVICE_NAME", "webhook-delivery"),
                Map.entry("AWS_LAMBDA_FUNCTION_NAME", "benchcrm-webhook-delivery")));
        ShadedJars.Run run = ShadedJars.run(JAR, event, env, ShadedJars.embeddedSql());

        JsonNode json = WebhookEvent.JSON.readTree(run.response());
        assertThat(json.path("batchItemFailures").isArray()).as(run.output()).isTrue();
        assertThat(json.path("batchItemFailures")).isEmpty();
        var got = stack.receiver.received("/shaded");
        assertThat(got).hasSize(1);
        assertThat(WebhookSignature.verify(hook.secret(), got.get(0).headers(), got.get(0).body(), Instant.now(), Duration.ofMinutes(5)))
                .isTrue();
        assertThat(run.output()).as("structured JSON log lines (the Powertools layout)").contains("{\"level\":\"INFO\"")
                .contains("\"function_name\"");
    }

    @Test
    void shadedJar_askedForJdbcWithoutTheAdapter_refusesToStartSayingWhy() throws Exception {
        Path event = Path.of("target", "shaded-webhook-event-nojdbc.json");
        Files.write(event, WebhookEvent.load("webhook-timer").bytes());

        ShadedJars.Run run = ShadedJars.run(JAR, event, Map.of(
                "MAIN_CLASS", WebhookDeliveryApplication.class.getName(),
                "BENCHCRM_SQL_MODE", "jdbc",
                "BENCHCRM_JDBC_URL", "jdbc:postgresql://127.0.0.1:1/none",
                "BENCHCRM_JDBC_USER", "app",
                "BENCHCRM_JDBC_PASSWORD", "x",
                "BENCHCRM_WEBHOOK_QUEUE_URL", "http://127.0.0.1:1/000000000000/webhook",
                "BENCHCRM_WEBHOOK_DLQ_URL", "http://127.0.0.1:1/000000000000/webhook-dlq",
                "AWS_REGION", "us-east-1"), List.of());

        assertThat(run.output()).doesNotContain("RESPONSE ")
                .contains("BENCHCRM_SQL_MODE is jdbc, but its SQL adapter (benchcrm-sql-jdbc");
    }
}

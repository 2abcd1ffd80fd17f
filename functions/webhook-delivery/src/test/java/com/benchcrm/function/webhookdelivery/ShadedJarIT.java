package com.benchcrm.function.webhookdelivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.function.httpapi.ShadedJarSmoke;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.webhook.CreatedWebhook;
import com.benchcrm.webhook.WebhookSignature;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The Lambda artifact itself: a fresh JVM with only the shaded jar (and the ten-line invoker) on
 * its class path, configured through environment variables as Lambda does, delivers a webhook from
 * the sample SQS event and answers a batch response.
 */
class ShadedJarIT {

    @Test
    void shadedJar_inAFreshJvm_deliversTheSampleEventsWebhookAndAnswersABatchResponse() throws Exception {
        Path jar;
        try (var files = Files.list(Path.of("target"))) {
            jar = files.filter(p -> p.getFileName().toString().endsWith("-aws.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("the shaded jar was not built"));
        }
        WorkerTestStack stack = WorkerTestStack.get();
        TenantId tenant = stack.newTenant("shaded");
        CreatedWebhook hook = stack.subscribe(tenant, "/shaded", "RequirementImported");
        Path event = Path.of("target", "shaded-webhook-event.json");
        Files.write(event, WorkerEvent.load("webhook-event").envelope(tenant.value(), stack.ids.next()).bytes());
        Path smoke = Path.of(ShadedJarSmoke.class.getProtectionDomain().getCodeSource().getLocation().toURI());

        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", jar.toAbsolutePath() + File.pathSeparator + smoke, ShadedJarSmoke.class.getName(), event.toAbsolutePath().toString())
                .redirectErrorStream(true);
        pb.environment().putAll(Map.ofEntries(
                Map.entry("MAIN_CLASS", EventWorkerApplication.class.getName()),
                Map.entry("SPRING_CLOUD_FUNCTION_DEFINITION", EventWorkerApplication.WEBHOOKS),
                Map.entry("BENCHCRM_SQL_MODE", "jdbc"),
                Map.entry("BENCHCRM_JDBC_URL", stack.pg.jdbcUrl()),
                Map.entry("BENCHCRM_JDBC_USER", stack.pg.roles().appRole()),
                Map.entry("BENCHCRM_JDBC_PASSWORD", stack.pg.roles().appPassword()),
                Map.entry("BENCHCRM_SQS_ENDPOINT", stack.events.sqs().endpoint().toString()),
                Map.entry("BENCHCRM_WEBHOOK_QUEUE_URL", stack.events.url("webhook")),
                Map.entry("BENCHCRM_WEBHOOK_DLQ_URL", stack.events.url("webhook-dlq")),
                Map.entry("BENCHCRM_WEBHOOK_ALLOW_LOOPBACK", "true"),
                Map.entry("BENCHCRM_SECRET_KEYS", "file"),
                Map.entry("BENCHCRM_SECRET_KEYRING", WorkerTestStack.KEYRING.toString()),
                Map.entry("AWS_REGION", "us-east-1"),
                Map.entry("POWERTOOLS_SERVICE_NAME", "webhook-delivery"),
                Map.entry("AWS_LAMBDA_FUNCTION_NAME", "benchcrm-webhook-delivery")));
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        String response = output.lines().filter(l -> l.startsWith("RESPONSE ")).findFirst()
                .orElseThrow(() -> new AssertionError("no response; output:\n" + output)).substring("RESPONSE ".length());
        JsonNode json = WorkerEvent.JSON.readTree(response);
        assertThat(json.path("batchItemFailures").isArray()).as(output).isTrue();
        assertThat(json.path("batchItemFailures")).isEmpty();
        var got = stack.receiver.received("/shaded");
        assertThat(got).hasSize(1);
        assertThat(WebhookSignature.verify(hook.secret(), got.get(0).headers(), got.get(0).body(), Instant.now(), Duration.ofMinutes(5)))
                .isTrue();
        assertThat(output).as("structured JSON log lines (the Powertools layout)").contains("{\"level\":\"INFO\"").contains("\"function_name\"");
    }
}

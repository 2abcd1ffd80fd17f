package com.benchcrm.function.httpapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.local.postgres.LocalPostgres;
import com.benchcrm.local.postgres.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The Lambda artifact itself boots and serves: a fresh JVM with only the shaded jar (and a
 * ten-line invoker) on its class path, configured through environment variables as Lambda does,
 * no handler configuration beyond {@code MAIN_CLASS}.
 */
class ShadedJarIT {

    @Test
    void shadedJar_inAFreshJvm_bootsAndAnswersAnAuthenticatedRequest() throws Exception {
        Path jar = Files.list(Path.of("target")).filter(p -> p.getFileName().toString().endsWith("-aws.jar")).findFirst()
                .orElseThrow(() -> new AssertionError("the shaded jar was not built"));
        ApiTestStack stack = ApiTestStack.get();
        LocalPostgres pg = TestDatabase.get();
        ApiTestStack.TestTenant tenant = stack.newTenant("shaded");
        Path event = Path.of("target", "shaded-event.json");
        String token = stack.token(tenant, com.benchcrm.security.Role.Recruiter);
        Files.writeString(event, new String(ApiEvent.load("consultants-list").token(token).bytes(), StandardCharsets.UTF_8));

        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", jar.toAbsolutePath() + File.pathSeparator + Path.of("target", "test-classes").toAbsolutePath(),
                ShadedJarSmoke.class.getName(), event.toAbsolutePath().toString()).redirectErrorStream(true);
        pb.environment().putAll(java.util.Map.ofEntries(java.util.Map.entry("MAIN_CLASS", HttpApiApplication.class.getName()),
                java.util.Map.entry("BENCHCRM_SQL_MODE", "jdbc"),
                java.util.Map.entry("BENCHCRM_JDBC_URL", pg.jdbcUrl()),
                java.util.Map.entry("BENCHCRM_JDBC_USER", pg.roles().appRole()),
                java.util.Map.entry("BENCHCRM_JDBC_PASSWORD", pg.roles().appPassword()),
                java.util.Map.entry("BENCHCRM_JWT_ISSUER", ApiTestStack.ISSUER),
                java.util.Map.entry("BENCHCRM_JWKS_JSON", stack.issuer().publicJwksJson()),
                java.util.Map.entry("POWERTOOLS_SERVICE_NAME", "benchcrm-http-api"),
                java.util.Map.entry("AWS_LAMBDA_FUNCTION_NAME", "benchcrm-http-api"),
                java.util.Map.entry("POWERTOOLS_METRICS_NAMESPACE", "BenchCRM")));
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String response = output.lines().filter(l -> l.startsWith("RESPONSE ")).findFirst()
                .orElseThrow(() -> new AssertionError("no response; output:\n" + output)).substring("RESPONSE ".length());
        JsonNode json = ApiEvent.JSON.readTree(response);
        assertThat(json.path("statusCode").asInt()).as(output).isEqualTo(200);
        assertThat(ApiEvent.JSON.readTree(json.path("body").asText()).path("items").isArray()).isTrue();
        List<String> logLines = output.lines().filter(l -> l.contains("\"tenant_id\"")).toList();
        assertThat(logLines).as("a structured access log line with the tenant").isNotEmpty();
        assertThat(logLines.get(0)).contains("\"service\":\"benchcrm-http-api\"").contains(tenant.id().toString());
        assertThat(output).as("EMF metrics in Lambda mode").contains("\"_aws\"").contains("\"BenchCRM\"");
    }
}

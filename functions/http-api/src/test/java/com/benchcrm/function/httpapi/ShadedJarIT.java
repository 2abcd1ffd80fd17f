package com.benchcrm.function.httpapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.function.runtime.testing.ShadedJars;
import com.benchcrm.local.postgres.LocalPostgres;
import com.benchcrm.local.postgres.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Lambda artifact itself: it carries the API and its AWS adapters and nothing embedded-only;
 * it boots and serves in a fresh JVM with only the shaded jar (and a ten-line invoker, and the JDBC
 * adapter the embedded stack supplies) on its class path, configured through environment variables
 * as Lambda does, no handler configuration beyond {@code MAIN_CLASS}.
 */
class ShadedJarIT {

    static final Path JAR = ShadedJars.find("benchcrm-http-api");

    @Test
    void shadedJar_carriesTheApiAndItsAwsAdapters_andNothingEmbeddedOnly() {
        ShadedJars.check(JAR)
                .carries(
                        "com/benchcrm/function/httpapi/HttpApiApplication.class",
                        "com/benchcrm/sql/rdsdata/RdsDataSqlPort.class",
                        "com/benchcrm/vector/opensearch/OpenSearchVectorIndex.class",
                        "com/benchcrm/embedding/bedrock/BedrockTitanEmbeddings.class",
                        "com/benchcrm/ratelimit/dynamodb/DynamoDbRateLimiter.class")
                .nothingEmbeddedOnly();
    }

    @Test
    void shadedJar_inAFreshJvm_bootsAndAnswersAnAuthenticatedRequest() throws Exception {
        ApiTestStack stack = ApiTestStack.get();
        LocalPostgres pg = TestDatabase.get();
        ApiTestStack.TestTenant tenant = stack.newTenant("shaded");
        Path event = Path.of("target", "shaded-event.json");
        String token = stack.token(tenant, com.benchcrm.security.Role.Recruiter);
        Files.writeString(
                event, new String(ApiEvent.load("consultants-list").token(token).bytes(), StandardCharsets.UTF_8));

        Map<String, String> env = pg.appEnvironment(2);
        env.putAll(Map.of(
                "MAIN_CLASS",
                HttpApiApplication.class.getName(),
                "BENCHCRM_JWT_ISSUER",
                ApiTestStack.ISSUER,
                "BENCHCRM_JWKS_JSON",
                stack.issuer().publicJwksJson(),
                "POWERTOOLS_SERVICE_NAME",
                "benchcrm-http-api",
                "AWS_LAMBDA_FUNCTION_NAME",
                "benchcrm-http-api",
                "POWERTOOLS_METRICS_NAMESPACE",
                "BenchCRM"));
        ShadedJars.Run run = ShadedJars.run(JAR, event, env, ShadedJars.embeddedSql());

        String output = run.output();
        JsonNode json = ApiEvent.JSON.readTree(run.response());
        assertThat(json.path("statusCode").asInt()).as(output).isEqualTo(200);
        assertThat(ApiEvent.JSON
                        .readTree(json.path("body").asText())
                        .path("items")
                        .isArray())
                .isTrue();
        List<String> logLines =
                output.lines().filter(l -> l.contains("\"tenant_id\"")).toList();
        assertThat(logLines).as("a structured access log line with the tenant").isNotEmpty();
        assertThat(logLines.get(0))
                .contains("\"service\":\"benchcrm-http-api\"")
                .contains(tenant.id().toString());
        assertThat(output).as("EMF metrics in Lambda mode").contains("\"_aws\"").contains("\"BenchCRM\"");
    }
}

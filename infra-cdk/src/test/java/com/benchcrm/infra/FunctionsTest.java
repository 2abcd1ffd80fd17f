package com.benchcrm.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.infra.constructs.JavaFunction;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** Every Lambda function of the app has the one shape {@link JavaFunction} gives it. */
class FunctionsTest {

    private static final SynthesizedApp APP = SynthesizedApp.threeTenants();

    @Test
    void app_definesTheFunctionsThatExist() {
        // http-api, db-migrate, the event worker's outbox relay and webhook delivery, and email-ingest;
        // no placeholder for functions not built yet (embed, match)
        int functions = APP.templates().values().stream().mapToInt(t -> t.findResources("AWS::Lambda::Function").size()).sum();
        assertThat(functions).isEqualTo(5);
    }

    @Test
    void everyFunction_isJava21Arm64WithSnapStartTracingAndPowertools() {
        for (Template t : APP.templatesWith("AWS::Lambda::Function")) {
            t.allResourcesProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                    "Runtime", "java21",
                    "Architectures", List.of("arm64"),
                    "SnapStart", Map.of("ApplyOn", "PublishedVersions"),
                    "TracingConfig", Map.of("Mode", "Active"),
                    "Environment", Map.of("Variables", Match.objectLike(Map.of(
                            "POWERTOOLS_SERVICE_NAME", Match.anyValue(),
                            "POWERTOOLS_METRICS_NAMESPACE", JavaFunction.METRICS_NAMESPACE,
                            "POWERTOOLS_LOG_LEVEL", "INFO"))))));
        }
    }

    @Test
    void everyFunction_isInvokedThroughItsLiveAliasOnAPublishedVersion() {
        for (Template t : APP.templates().values()) {
            for (String fn : t.findResources("AWS::Lambda::Function").keySet()) {
                t.hasResourceProperties("AWS::Lambda::Version", Map.of("FunctionName", Map.of("Ref", fn)));
                t.hasResourceProperties("AWS::Lambda::Alias", Match.objectLike(Map.of(
                        "Name", JavaFunction.ALIAS,
                        "FunctionName", Map.of("Ref", fn),
                        "FunctionVersion", Match.objectLike(Map.of("Fn::GetAtt", Match.arrayWith(List.of("Version")))))));
                // old versions are kept: rolling back is moving the alias
                t.allResources("AWS::Lambda::Version", Match.objectLike(Map.of("DeletionPolicy", "Retain")));
            }
        }
        // what invokes the functions names the alias: API Gateway and CloudFormation
        String apiAlias = only(APP.api().findResources("AWS::Lambda::Alias").keySet());
        APP.api().hasResourceProperties("AWS::ApiGatewayV2::Integration", Match.objectLike(Map.of(
                "IntegrationUri", Map.of("Ref", apiAlias))));
        String migrateAlias = only(APP.data().findResources("AWS::Lambda::Alias").keySet());
        APP.data().hasResourceProperties("Custom::BenchCrmSchema", Match.objectLike(Map.of(
                "ServiceToken", Map.of("Ref", migrateAlias))));
    }

    @Test
    void everyFunction_logsToItsOwnEncryptedLogGroupWithRetention() {
        for (Template t : APP.templates().values()) {
            for (var fn : t.findResources("AWS::Lambda::Function").values()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> logging = (Map<String, Object>) ((Map<String, Object>) fn.get("Properties")).get("LoggingConfig");
                Object logGroup = logging.get("LogGroup");
                assertThat(logGroup).isInstanceOf(Map.class);
                String id = (String) ((Map<?, ?>) logGroup).get("Ref");
                assertThat(t.findResources("AWS::Logs::LogGroup", Match.objectLike(Map.of("Properties", Match.objectLike(Map.of(
                        "KmsKeyId", Match.anyValue(), "RetentionInDays", Match.anyValue())))))).containsKey(id);
            }
        }
    }

    @Test
    void asynchronouslyInvokedFunction_migrations_sendsFailuresToTheAsyncFailuresQueue() {
        APP.data().hasResourceProperties("AWS::Lambda::EventInvokeConfig", Match.objectLike(Map.of(
                "Qualifier", Match.objectLike(Map.of("Fn::Select", Match.anyValue())), // the alias's name, from its ARN
                "MaximumRetryAttempts", 2,
                "DestinationConfig", Map.of("OnFailure", Map.of("Destination", Match.objectLike(Map.of(
                        "Fn::ImportValue", Match.stringLikeRegexp(".*AsyncFailures.*"))))))));
    }

    @Test
    void httpApiFunction_environment_isWhatHttpApiConfigReads() {
        Map<String, Object> vars = environment(APP.api());
        // the names HttpApiConfig reads in rdsdata mode (AWS_REGION is Lambda's own)
        assertThat(vars.keySet()).containsExactlyInAnyOrderElementsOf(Set.of(
                "MAIN_CLASS", "SPRING_CLOUD_FUNCTION_DEFINITION",
                "BENCHCRM_SQL_MODE", "BENCHCRM_DB_RESOURCE_ARN", "BENCHCRM_DB_SECRET_ARN", "BENCHCRM_DB_NAME",
                "BENCHCRM_JWT_ISSUER", "BENCHCRM_JWT_AUDIENCE", "BENCHCRM_JWKS_URL", "BENCHCRM_METRICS", "BENCHCRM_RAW_BUCKET",
                "POWERTOOLS_SERVICE_NAME", "POWERTOOLS_METRICS_NAMESPACE", "POWERTOOLS_LOG_LEVEL"));
        assertThat(vars).containsEntry("BENCHCRM_SQL_MODE", "rdsdata")
                .containsEntry("MAIN_CLASS", "com.benchcrm.api.HttpApiApplication")
                .containsEntry("SPRING_CLOUD_FUNCTION_DEFINITION", "httpApi")
                .containsEntry("BENCHCRM_DB_NAME", "benchcrm")
                .containsEntry("BENCHCRM_JWT_ISSUER", APP.config.auth().issuer())
                .containsEntry("BENCHCRM_JWT_AUDIENCE", APP.config.auth().audience())
                .containsEntry("BENCHCRM_JWKS_URL", APP.config.auth().jwksUrl())
                .containsEntry("BENCHCRM_METRICS", "emf");
        assertThat(vars.get("BENCHCRM_DB_SECRET_ARN").toString()).contains("AppSecret");
        APP.api().hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Handler", "org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest",
                "ReservedConcurrentExecutions", APP.config.api().reservedConcurrency())));
    }

    @Test
    void migrationFunction_runsInTheIsolatedSubnetsWithWhatMigrateConfigReads() {
        assertThat(environment(APP.data()).keySet()).containsAll(Set.of("BENCHCRM_DB_HOST", "BENCHCRM_DB_PORT",
                "BENCHCRM_DB_NAME", "BENCHCRM_DB_MASTER_SECRET_ARN", "BENCHCRM_DB_OWNER_SECRET_ARN",
                "BENCHCRM_DB_APP_SECRET_ARN", "BENCHCRM_DB_SSL_MODE"));
        APP.data().hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Handler", "com.benchcrm.migrate.MigrateHandler::handleRequest",
                "VpcConfig", Match.objectLike(Map.of("SubnetIds", Match.anyValue(), "SecurityGroupIds", Match.anyValue())))));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(Template t) {
        Map<String, Object> fn = (Map<String, Object>) only(t.findResources("AWS::Lambda::Function").values());
        return (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) fn.get("Properties")).get("Environment")).get("Variables");
    }

    private static <T> T only(java.util.Collection<T> items) {
        assertThat(items).hasSize(1);
        return items.iterator().next();
    }
}

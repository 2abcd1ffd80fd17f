package com.benchcrm.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.infra.constructs.JavaFunction;
import java.util.ArrayList;
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
        // http-api, provisioning, outbox-relay, webhook-delivery, work-authorization-alerts, email-ingest, the matching
        // artifact's embed and match, model-training, the notifications artifact's notify and notificationsDaily, the
        // outreach-sender artifact's outreachSender, outreachFeedback and outreachSweep, and the tenant vector index
        // and tenant rate limit providers
        int functions = APP.templates().values().stream()
                .mapToInt(t -> t.findResources("AWS::Lambda::Function").size())
                .sum();
        assertThat(functions).isEqualTo(16);
    }

    /**
     * Where a failed invocation goes: an asynchronously invoked function (CloudFormation, SES, a
     * schedule) names an on-failure destination; an SQS consumer's messages go to its queue's DLQ
     * (the queue's redrive policy); the HTTP API function is invoked synchronously and answers the caller.
     */
    @Test
    void everyFunction_hasAFailureDestinationOrItsQueuesDlq_butTheSynchronousApi() {
        Set<String> queuesWithDlq = APP.platform()
                .findResources(
                        "AWS::SQS::Queue",
                        Match.objectLike(
                                Map.of("Properties", Match.objectLike(Map.of("RedrivePolicy", Match.anyValue())))))
                .keySet();
        List<String> unguarded = new ArrayList<>();
        int functions = 0;
        for (var entry : APP.templates().entrySet()) {
            Template t = entry.getValue();
            for (String fn : t.findResources("AWS::Lambda::Function").keySet()) {
                functions++;
                boolean onFailure = !t.findResources(
                                "AWS::Lambda::EventInvokeConfig",
                                Match.objectLike(Map.of(
                                        "Properties",
                                        Match.objectLike(Map.of(
                                                "FunctionName", Map.of("Ref", fn),
                                                "DestinationConfig",
                                                        Map.of(
                                                                "OnFailure",
                                                                Map.of("Destination", Match.anyValue())))))))
                        .isEmpty();
                List<String> sources = sqsSourcesOf(t, aliasOf(t, fn));
                boolean dlq = !sources.isEmpty()
                        && sources.stream()
                                .allMatch(arn -> queuesWithDlq.stream().anyMatch(arn::contains));
                if (!onFailure && !dlq) {
                    unguarded.add(entry.getKey() + "/" + fn);
                }
            }
        }
        assertThat(functions).isEqualTo(16);
        assertThat(unguarded).singleElement().asString().startsWith("benchcrm-dev-api/HttpApiFunction");
    }

    @Test
    void queueConsumers_embedMatchAndWebhooks_reportBatchItemFailures() {
        for (Template t : APP.templatesWith("AWS::Lambda::EventSourceMapping")) {
            t.allResourcesProperties(
                    "AWS::Lambda::EventSourceMapping",
                    Match.objectLike(Map.of(
                            "FunctionResponseTypes", List.of("ReportBatchItemFailures"),
                            "BatchSize", Match.anyValue(),
                            "ScalingConfig", Map.of("MaximumConcurrency", Match.anyValue()))));
        }
        assertThat(APP.matching().findResources("AWS::Lambda::EventSourceMapping"))
                .hasSize(2);
        assertThat(APP.events().findResources("AWS::Lambda::EventSourceMapping"))
                .hasSize(4); // webhook delivery, notify, outreach sender, outreach feedback
    }

    private static String aliasOf(Template t, String function) {
        return only(t.findResources(
                        "AWS::Lambda::Alias",
                        Match.objectLike(Map.of(
                                "Properties", Match.objectLike(Map.of("FunctionName", Map.of("Ref", function))))))
                .keySet());
    }

    /** The event source ARNs (imported from the platform stack) of the SQS mappings that invoke an alias. */
    private static List<String> sqsSourcesOf(Template t, String alias) {
        return t.findResources("AWS::Lambda::EventSourceMapping").values().stream()
                .map(m -> (Map<?, ?>) m.get("Properties"))
                .filter(p -> p.get("FunctionName").toString().contains("Ref=" + alias + "}"))
                .map(p -> p.get("EventSourceArn").toString())
                .toList();
    }

    @Test
    void everyFunction_isJava21Arm64WithSnapStartTracingAndPowertools() {
        for (Template t : APP.templatesWith("AWS::Lambda::Function")) {
            t.allResourcesProperties(
                    "AWS::Lambda::Function",
                    Match.objectLike(Map.of(
                            "Runtime", "java21",
                            "Architectures", List.of("arm64"),
                            "SnapStart", Map.of("ApplyOn", "PublishedVersions"),
                            "TracingConfig", Map.of("Mode", "Active"),
                            "Environment",
                                    Map.of(
                                            "Variables",
                                            Match.objectLike(Map.of(
                                                    "POWERTOOLS_SERVICE_NAME",
                                                    Match.anyValue(),
                                                    "POWERTOOLS_METRICS_NAMESPACE",
                                                    JavaFunction.METRICS_NAMESPACE,
                                                    "POWERTOOLS_LOG_LEVEL",
                                                    "INFO"))))));
        }
    }

    @Test
    void everyFunction_isInvokedThroughItsLiveAliasOnAPublishedVersion() {
        for (Template t : APP.templates().values()) {
            for (String fn : t.findResources("AWS::Lambda::Function").keySet()) {
                t.hasResourceProperties("AWS::Lambda::Version", Map.of("FunctionName", Map.of("Ref", fn)));
                t.hasResourceProperties(
                        "AWS::Lambda::Alias",
                        Match.objectLike(Map.of(
                                "Name", JavaFunction.ALIAS,
                                "FunctionName", Map.of("Ref", fn),
                                "FunctionVersion",
                                        Match.objectLike(Map.of("Fn::GetAtt", Match.arrayWith(List.of("Version")))))));
                // old versions are kept: rolling back is moving the alias
                t.allResources("AWS::Lambda::Version", Match.objectLike(Map.of("DeletionPolicy", "Retain")));
            }
        }
        // what invokes the functions names the alias: API Gateway and CloudFormation
        String apiAlias = only(APP.api().findResources("AWS::Lambda::Alias").keySet().stream()
                .filter(id -> id.startsWith("HttpApiFunction"))
                .toList());
        APP.api()
                .hasResourceProperties(
                        "AWS::ApiGatewayV2::Integration",
                        Match.objectLike(Map.of("IntegrationUri", Map.of("Ref", apiAlias))));
        String migrateAlias =
                only(APP.data().findResources("AWS::Lambda::Alias").keySet());
        APP.data()
                .hasResourceProperties(
                        "Custom::BenchCrmSchema",
                        Match.objectLike(Map.of("ServiceToken", Map.of("Ref", migrateAlias))));
    }

    @Test
    void everyFunction_logsToItsOwnEncryptedLogGroupWithRetention() {
        for (Template t : APP.templates().values()) {
            for (var fn : t.findResources("AWS::Lambda::Function").values()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> logging =
                        (Map<String, Object>) ((Map<String, Object>) fn.get("Properties")).get("LoggingConfig");
                Object logGroup = logging.get("LogGroup");
                assertThat(logGroup).isInstanceOf(Map.class);
                String id = (String) ((Map<?, ?>) logGroup).get("Ref");
                assertThat(t.findResources(
                                "AWS::Logs::LogGroup",
                                Match.objectLike(Map.of(
                                        "Properties",
                                        Match.objectLike(Map.of(
                                                "KmsKeyId", Match.anyValue(), "RetentionInDays", Match.anyValue()))))))
                        .containsKey(id);
            }
        }
    }

    @Test
    void asynchronouslyInvokedFunction_migrations_sendsFailuresToTheAsyncFailuresQueue() {
        APP.data()
                .hasResourceProperties(
                        "AWS::Lambda::EventInvokeConfig",
                        Match.objectLike(Map.of(
                                "Qualifier",
                                        Match.objectLike(Map.of(
                                                "Fn::Select", Match.anyValue())), // the alias's name, from its ARN
                                "MaximumRetryAttempts", 2,
                                "DestinationConfig",
                                        Map.of(
                                                "OnFailure",
                                                Map.of(
                                                        "Destination",
                                                        Match.objectLike(Map.of(
                                                                "Fn::ImportValue",
                                                                Match.stringLikeRegexp(".*AsyncFailures.*"))))))));
    }

    @Test
    void httpApiFunction_environment_isWhatHttpApiConfigReads() {
        Map<String, Object> vars = environment(APP.api(), "HttpApiFunction");
        // the names HttpApiConfig reads in rdsdata mode (AWS_REGION is Lambda's own)
        assertThat(vars.keySet())
                .containsExactlyInAnyOrderElementsOf(Set.of(
                        "MAIN_CLASS",
                        "SPRING_CLOUD_FUNCTION_DEFINITION",
                        "BENCHCRM_SQL_MODE",
                        "BENCHCRM_DB_RESOURCE_ARN",
                        "BENCHCRM_DB_SECRET_ARN",
                        "BENCHCRM_DB_NAME",
                        "BENCHCRM_JWT_ISSUER",
                        "BENCHCRM_JWT_AUDIENCE",
                        "BENCHCRM_JWKS_URL",
                        "BENCHCRM_METRICS",
                        "BENCHCRM_MODELS_BUCKET",
                        "BENCHCRM_RAW_BUCKET",
                        "BENCHCRM_EMBEDDINGS",
                        "BENCHCRM_EMBEDDING_MODEL_ID",
                        "BENCHCRM_EMBEDDING_DIMENSIONS",
                        "BENCHCRM_VECTOR_STORE",
                        "BENCHCRM_OPENSEARCH_ENDPOINT",
                        "BENCHCRM_OPENSEARCH_SERVICE",
                        "BENCHCRM_OPENSEARCH_INDEX_PREFIX",
                        "BENCHCRM_OPENSEARCH_ENGINE",
                        "BENCHCRM_OPENSEARCH_INDEX_LAYOUT",
                        "BENCHCRM_RATE_LIMIT",
                        "BENCHCRM_RATE_LIMIT_TABLE",
                        "BENCHCRM_RATE_LIMIT_DEFAULT",
                        "BENCHCRM_RATE_LIMIT_BURST",
                        "BENCHCRM_SECRET_KEYS",
                        "BENCHCRM_TENANT_KEY_ALIAS_PREFIX",
                        "BENCHCRM_OUTREACH_QUEUE_URL",
                        // read as BENCHCRM_UNSUBSCRIBE_SECRET through SecretEnvironment
                        // (shared/adapters/secrets-manager)
                        "BENCHCRM_UNSUBSCRIBE_SECRET_ARN",
                        "POWERTOOLS_SERVICE_NAME",
                        "POWERTOOLS_METRICS_NAMESPACE",
                        "POWERTOOLS_LOG_LEVEL"));
        assertThat(vars)
                .containsEntry("BENCHCRM_SQL_MODE", "rdsdata")
                .containsEntry("BENCHCRM_SECRET_KEYS", "kms")
                .containsEntry("BENCHCRM_TENANT_KEY_ALIAS_PREFIX", "alias/benchcrm-dev/tenant/")
                .containsEntry("MAIN_CLASS", "com.benchcrm.function.httpapi.HttpApiApplication")
                .containsEntry("SPRING_CLOUD_FUNCTION_DEFINITION", "httpApi")
                .containsEntry("BENCHCRM_DB_NAME", "benchcrm")
                .containsEntry("BENCHCRM_JWT_ISSUER", APP.config.auth().issuer())
                .containsEntry("BENCHCRM_JWT_AUDIENCE", APP.config.auth().audience())
                .containsEntry("BENCHCRM_JWKS_URL", APP.config.auth().jwksUrl())
                .containsEntry("BENCHCRM_METRICS", "emf")
                .containsEntry("BENCHCRM_EMBEDDINGS", "bedrock")
                .containsEntry("BENCHCRM_EMBEDDING_MODEL_ID", "amazon.titan-embed-text-v2:0")
                .containsEntry("BENCHCRM_EMBEDDING_DIMENSIONS", "1024")
                .containsEntry("BENCHCRM_VECTOR_STORE", "opensearch")
                .containsEntry("BENCHCRM_OPENSEARCH_SERVICE", "aoss")
                .containsEntry("BENCHCRM_OPENSEARCH_INDEX_PREFIX", "benchcrm-dev")
                .containsEntry("BENCHCRM_OPENSEARCH_ENGINE", "faiss")
                .containsEntry("BENCHCRM_OPENSEARCH_INDEX_LAYOUT", "per-tenant");
        assertThat(vars.get("BENCHCRM_OPENSEARCH_ENDPOINT").toString()).contains("CollectionEndpoint");
        assertThat(vars.get("BENCHCRM_DB_SECRET_ARN").toString()).contains("AppSecret");
        APP.api()
                .hasResourceProperties(
                        "AWS::Lambda::Function",
                        Match.objectLike(Map.of(
                                "Handler",
                                "org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest",
                                "ReservedConcurrentExecutions",
                                APP.config.api().reservedConcurrency())));
    }

    @Test
    void migrationFunction_runsInTheIsolatedSubnetsWithWhatDatabaseConfigReads() {
        assertThat(environment(APP.data()).keySet())
                .containsAll(Set.of(
                        "BENCHCRM_DB_HOST",
                        "BENCHCRM_DB_PORT",
                        "BENCHCRM_DB_NAME",
                        "BENCHCRM_DB_MASTER_SECRET_ARN",
                        "BENCHCRM_DB_OWNER_SECRET_ARN",
                        "BENCHCRM_DB_APP_SECRET_ARN",
                        "BENCHCRM_DB_RELAY_SECRET_ARN",
                        "BENCHCRM_DB_SSL_MODE"));
        APP.data()
                .hasResourceProperties(
                        "AWS::Lambda::Function",
                        Match.objectLike(Map.of(
                                "Handler",
                                "com.benchcrm.function.provisioning.DatabaseHandler::handleRequest",
                                "VpcConfig",
                                Match.objectLike(
                                        Map.of("SubnetIds", Match.anyValue(), "SecurityGroupIds", Match.anyValue())))));
    }

    @Test
    void tenantRateLimitFunction_runsOutsideTheVpcWithWhatTenantRateLimitConfigReads() {
        Map<String, Object> vars = environment(APP.api(), "TenantRateLimits");
        String table = only(APP.api().findResources("AWS::DynamoDB::Table").keySet());
        assertThat(vars)
                .containsEntry("BENCHCRM_RATE_LIMIT_TABLE", Map.of("Ref", table))
                .containsEntry("POWERTOOLS_SERVICE_NAME", "tenant-rate-limit");
        APP.api()
                .hasResourceProperties(
                        "AWS::Lambda::Function",
                        Match.objectLike(Map.of(
                                "Handler",
                                "com.benchcrm.function.provisioning.TenantRateLimitHandler::handleRequest",
                                "VpcConfig",
                                Match.absent())));
        // asynchronously invoked by CloudFormation: failures go to the async-failures queue
        APP.api()
                .hasResourceProperties(
                        "AWS::Lambda::EventInvokeConfig",
                        Match.objectLike(Map.of(
                                "MaximumRetryAttempts",
                                2,
                                "DestinationConfig",
                                Map.of(
                                        "OnFailure",
                                        Map.of(
                                                "Destination",
                                                Match.objectLike(Map.of(
                                                        "Fn::ImportValue",
                                                        Match.stringLikeRegexp(".*AsyncFailures.*"))))))));
    }

    @Test
    void outboxRelay_connectsAsTheRelayRole_andOnlyItReadsTheRelaySecret() {
        Map<String, Object> relay = environment(APP.events(), "OutboxRelay");
        Map<String, Object> webhooks = environment(APP.events(), "WebhookDelivery");
        assertThat(relay.get("BENCHCRM_DB_SECRET_ARN").toString()).contains("RelaySecret");
        assertThat(webhooks.get("BENCHCRM_DB_SECRET_ARN").toString()).contains("AppSecret");
        for (Template t : List.of(APP.api(), APP.ingest(), APP.matching())) {
            assertThat(t.toJSON().toString())
                    .as("no other stack references the relay role's secret")
                    .doesNotContain("RelaySecret");
        }
        List<String> readers = APP.events().findResources("AWS::IAM::Policy").entrySet().stream()
                .filter(e -> e.getValue().toString().contains("RelaySecret"))
                .map(Map.Entry::getKey)
                .toList();
        assertThat(readers)
                .allSatisfy(id -> assertThat(id).startsWith("OutboxRelay"))
                .isNotEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(Template t, String logicalIdPrefix) {
        Map<String, Object> fn = (Map<String, Object>) only(t.findResources("AWS::Lambda::Function").entrySet().stream()
                .filter(e -> e.getKey().startsWith(logicalIdPrefix))
                .map(Map.Entry::getValue)
                .toList());
        return (Map<String, Object>)
                ((Map<String, Object>) ((Map<String, Object>) fn.get("Properties")).get("Environment"))
                        .get("Variables");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(Template t) {
        Map<String, Object> fn = (Map<String, Object>)
                only(t.findResources("AWS::Lambda::Function").values());
        return (Map<String, Object>)
                ((Map<String, Object>) ((Map<String, Object>) fn.get("Properties")).get("Environment"))
                        .get("Variables");
    }

    private static <T> T only(java.util.Collection<T> items) {
        assertThat(items).hasSize(1);
        return items.iterator().next();
    }
}

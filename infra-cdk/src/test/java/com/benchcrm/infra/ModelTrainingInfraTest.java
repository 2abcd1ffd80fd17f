package com.benchcrm.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.infra.config.TenantConfig;
import com.benchcrm.infra.matching.MatchingStack;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/**
 * The scheduled success-model training (ADR 0077) and its drift alarm (ADR 0078): the function, its least-privilege
 * role, the model registry bucket, one EventBridge Scheduler schedule per tenant (the tenants file's schedule or
 * weekly), and the alarm on the drift metric the function publishes.
 */
class ModelTrainingInfraTest {

    private static final SynthesizedApp APP = SynthesizedApp.threeTenants();
    private static final Template MATCHING = APP.matching();

    @Test
    void theFunction_runsTheModelTrainingArtifact_withTheRegistryBucket_for15Minutes() {
        Map<String, Object> fn = function(MATCHING, "modelTraining");
        @SuppressWarnings("unchecked")
        Map<String, Object> vars = (Map<String, Object>) ((Map<String, Object>) fn.get("Environment")).get("Variables");
        assertThat(vars)
                .containsEntry("MAIN_CLASS", "com.benchcrm.function.modeltraining.ModelTrainingApplication")
                .containsEntry("BENCHCRM_SQL_MODE", "rdsdata")
                .containsEntry("POWERTOOLS_METRICS_NAMESPACE", MatchingStack.DRIFT_NAMESPACE)
                .containsEntry("POWERTOOLS_SERVICE_NAME", MatchingStack.DRIFT_SERVICE);
        assertThat(vars.get("BENCHCRM_MODELS_BUCKET").toString()).contains("ModelRegistry");
        assertThat(vars).doesNotContainKeys("BENCHCRM_EMBEDDINGS", "BENCHCRM_OPENSEARCH_ENDPOINT");
        assertThat(fn).containsEntry("Timeout", 900).containsEntry("MemorySize", 2048);
    }

    @Test
    void theFunctionsRole_readsAndWritesOnlyTheRegistryPrefix_andNothingElseInS3_noModelsNoVectors() {
        List<Map<String, Object>> statements = statements(MATCHING, role(function(MATCHING, "modelTraining")));
        Set<String> actions = actions(statements);

        assertThat(actions.stream().filter(a -> a.startsWith("s3:")))
                .containsExactlyInAnyOrder("s3:GetObject", "s3:PutObject", "s3:ListBucket");
        assertThat(actions)
                .noneMatch(a -> a.equals("*") || a.endsWith(":*") || a.startsWith("s3:Delete"))
                .noneMatch(a -> a.startsWith("bedrock:") || a.startsWith("aoss:") || a.startsWith("sqs:Receive"));
        for (Map<String, Object> s : statements) {
            if (actions(List.of(s)).stream().anyMatch(a -> a.startsWith("s3:"))) {
                assertThat(s.get("Resource").toString()).contains("ModelRegistry");
            }
            if (actions(List.of(s)).contains("s3:PutObject")) {
                assertThat(s.get("Resource").toString()).contains("/models/*");
            }
            if (actions(List.of(s)).contains("s3:ListBucket")) {
                assertThat(s.get("Condition").toString()).contains("s3:prefix").contains("models/*");
            }
        }
    }

    @Test
    void theHttpApi_readsTheRegistry_andWritesOnlyTheRegistriesWhenActivating() {
        Template api = APP.api();
        Map<String, Object> fn = function(api, "httpApi");
        @SuppressWarnings("unchecked")
        Map<String, Object> vars = (Map<String, Object>) ((Map<String, Object>) fn.get("Environment")).get("Variables");
        assertThat(vars.get("BENCHCRM_MODELS_BUCKET").toString()).contains("ModelRegistry");
        List<Map<String, Object>> registryWrites = new ArrayList<>();
        for (Map<String, Object> s : statements(api, role(fn))) {
            if (actions(List.of(s)).contains("s3:PutObject")
                    && s.get("Resource").toString().contains("ModelRegistry")) {
                registryWrites.add(s);
            }
        }
        assertThat(registryWrites).hasSize(1);
        assertThat(registryWrites.get(0).get("Resource").toString()).contains("/models/*/registry.json");
    }

    @Test
    void everyTenant_hasASchedule_weeklyByDefault_orItsOwn_invokingTheLiveAliasWithItsIdAndSlug() {
        Template tenants = APP.tenants();
        Map<String, Map<String, Object>> schedules = tenants.findResources("AWS::Scheduler::Schedule");
        assertThat(schedules).hasSize(3);
        List<String> expressions = new ArrayList<>();
        for (Map<String, Object> r : schedules.values()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> p = (Map<String, Object>) r.get("Properties");
            expressions.add(p.get("ScheduleExpression").toString());
            assertThat(p).containsEntry("ScheduleExpressionTimezone", "UTC").containsEntry("State", "ENABLED");
            String target = p.get("Target").toString();
            assertThat(target).contains("tenantId").contains("slug").contains("ModelTraining");
            assertThat(target).contains("DeadLetterConfig").contains("AsyncFailures");
        }
        assertThat(expressions)
                .containsExactlyInAnyOrder(
                        TenantConfig.ModelTraining.DEFAULT_SCHEDULE,
                        TenantConfig.ModelTraining.DEFAULT_SCHEDULE,
                        "cron(30 4 ? * MON *)");
    }

    @Test
    void theSchedulesRole_mayInvokeOnlyTheTrainingFunction() {
        Map<String, Map<String, Object>> roles = MATCHING.findResources(
                "AWS::IAM::Role",
                Match.objectLike(Map.of(
                        "Properties",
                        Match.objectLike(Map.of(
                                "Description", Match.stringLikeRegexp("Lets the tenants' EventBridge Scheduler.*"))))));
        assertThat(roles).hasSize(1);
        String roleId = roles.keySet().iterator().next();
        assertThat(roles.values().iterator().next().toString()).contains("scheduler.amazonaws.com");
        List<Map<String, Object>> statements = statements(MATCHING, roleId);
        Set<String> actions = actions(statements);
        assertThat(actions.stream().filter(a -> a.startsWith("lambda:"))).containsExactly("lambda:InvokeFunction");
        for (Map<String, Object> s : statements) {
            if (actions(List.of(s)).contains("lambda:InvokeFunction")) {
                assertThat(s.get("Resource").toString())
                        .contains("ModelTraining")
                        .doesNotContain("Embed");
            }
        }
    }

    @Test
    void theDriftAlarm_watchesTheMetricTheFunctionPublishes_atPsi025() {
        APP.monitoring()
                .hasResourceProperties(
                        "AWS::CloudWatch::Alarm",
                        Match.objectLike(Map.of(
                                "Namespace", "BenchCRM",
                                "MetricName", "SuccessModelDriftMaxPsi",
                                "Dimensions", List.of(Map.of("Name", "Service", "Value", "model-training")),
                                "Statistic", "Maximum",
                                "Threshold", 0.25,
                                "ComparisonOperator", "GreaterThanThreshold",
                                "Period", 86400)));
    }

    // --- helpers over the synthesized templates

    @SuppressWarnings("unchecked")
    static Map<String, Object> function(Template t, String definition) {
        var found = t.findResources(
                        "AWS::Lambda::Function",
                        Match.objectLike(Map.of(
                                "Properties",
                                Match.objectLike(Map.of(
                                        "Environment",
                                        Map.of(
                                                "Variables",
                                                Match.objectLike(
                                                        Map.of("SPRING_CLOUD_FUNCTION_DEFINITION", definition))))))))
                .values();
        assertThat(found).hasSize(1);
        return (Map<String, Object>) found.iterator().next().get("Properties");
    }

    /** The logical id of a function's role ({@code Role: {Fn::GetAtt: [id, Arn]}}). */
    @SuppressWarnings("unchecked")
    static String role(Map<String, Object> function) {
        return ((List<Object>) ((Map<String, Object>) function.get("Role")).get("Fn::GetAtt"))
                .get(0)
                .toString();
    }

    /** Every statement of the policies attached to the role. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> statements(Template t, String roleId) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> policy : t.findResources("AWS::IAM::Policy").values()) {
            Map<String, Object> p = (Map<String, Object>) policy.get("Properties");
            if (!p.get("Roles").toString().contains(roleId)) {
                continue;
            }
            out.addAll((List<Map<String, Object>>) ((Map<String, Object>) p.get("PolicyDocument")).get("Statement"));
        }
        assertThat(out).as("policies of " + roleId).isNotEmpty();
        return out;
    }

    static Set<String> actions(Collection<Map<String, Object>> statements) {
        Set<String> out = new TreeSet<>();
        for (Map<String, Object> s : statements) {
            Object a = s.get("Action");
            if (a instanceof List<?> l) {
                l.forEach(x -> out.add(x.toString()));
            } else {
                out.add(a.toString());
            }
        }
        return out;
    }
}

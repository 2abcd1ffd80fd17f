package com.benchcrm.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The per-tenant rate limit table of the HTTP API function (ADR 0035) and what the function may do with it. */
class RateLimitTableTest {

    private static final SynthesizedApp APP = SynthesizedApp.oneTenant();

    @Test
    void table_onDemandWithTtlPitrAndEncryption_destroyedWithTheStack() {
        Template api = APP.api();
        api.resourceCountIs("AWS::DynamoDB::Table", 1);
        api.hasResource(
                "AWS::DynamoDB::Table",
                Match.objectLike(Map.of(
                        "DeletionPolicy",
                        "Delete",
                        "Properties",
                        Match.objectLike(Map.of(
                                "TableName", "benchcrm-dev-rate-limits",
                                "BillingMode", "PAY_PER_REQUEST",
                                "KeySchema", List.of(Map.of("AttributeName", "pk", "KeyType", "HASH")),
                                "TimeToLiveSpecification", Map.of("AttributeName", "expires_at", "Enabled", true),
                                "PointInTimeRecoverySpecification", Map.of("PointInTimeRecoveryEnabled", true))))));
    }

    @Test
    void httpApiFunction_limitsPerTenantInTheTable_withTheDeploymentsLimitsAsDefault() {
        String table = only(APP.api().findResources("AWS::DynamoDB::Table").keySet());
        APP.api()
                .hasResourceProperties(
                        "AWS::Lambda::Function",
                        Match.objectLike(Map.of(
                                "Environment",
                                Map.of(
                                        "Variables",
                                        Match.objectLike(Map.of(
                                                "BENCHCRM_RATE_LIMIT", "dynamodb",
                                                "BENCHCRM_RATE_LIMIT_TABLE", Map.of("Ref", table),
                                                "BENCHCRM_RATE_LIMIT_DEFAULT", "100",
                                                "BENCHCRM_RATE_LIMIT_BURST", "200"))))));
    }

    @Test
    void httpApiFunction_mayOnlyUpdateAndGetItemsOfThatTable() {
        assertDynamoDbStatement("HttpApiFunction", List.of("dynamodb:UpdateItem", "dynamodb:GetItem"));
    }

    @Test
    void tenantRateLimitFunction_mayOnlyPutAndDeleteItemsOfThatTable() {
        assertDynamoDbStatement("TenantRateLimits", List.of("dynamodb:PutItem", "dynamodb:DeleteItem"));
        // and nothing but its logs, traces and DynamoDB: no database, no secrets, no vectors
        String policy = APP.api().findResources("AWS::IAM::Policy").entrySet().stream()
                .filter(e -> e.getKey().startsWith("TenantRateLimits"))
                .map(e -> e.getValue().toString())
                .findFirst()
                .orElseThrow();
        assertThat(policy).doesNotContain("rds-data:", "secretsmanager:", "aoss:", "s3:", "bedrock:");
    }

    @Test
    void onlyTheTwoFunctionsTouchTheTable() {
        long withDynamo = APP.templates().values().stream()
                .flatMap(t -> t.findResources("AWS::IAM::Policy").values().stream())
                .filter(p -> p.toString().contains("dynamodb:"))
                .count();
        assertThat(withDynamo).isEqualTo(2);
    }

    private static void assertDynamoDbStatement(String rolePrefix, List<String> actions) {
        String table = only(APP.api().findResources("AWS::DynamoDB::Table").keySet());
        List<Object> dynamoStatements = APP.api().findResources("AWS::IAM::Policy").entrySet().stream()
                .filter(e -> e.getKey().startsWith(rolePrefix))
                .flatMap(e -> statements(e.getValue()).stream())
                .filter(s -> s.toString().contains("dynamodb:"))
                .toList();
        assertThat(dynamoStatements).singleElement().satisfies(s -> {
            Map<?, ?> st = (Map<?, ?>) s;
            assertThat(st.get("Action")).isEqualTo(actions);
            assertThat(st.get("Effect")).isEqualTo("Allow");
            assertThat(st.get("Resource").toString()).contains(table).doesNotContain("*");
        });
    }

    @SuppressWarnings("unchecked")
    private static List<Object> statements(Map<String, Object> policy) {
        Map<String, Object> props = (Map<String, Object>) policy.get("Properties");
        return (List<Object>) ((Map<String, Object>) props.get("PolicyDocument")).get("Statement");
    }

    private static String only(java.util.Set<String> ids) {
        assertThat(ids).hasSize(1);
        return ids.iterator().next();
    }
}

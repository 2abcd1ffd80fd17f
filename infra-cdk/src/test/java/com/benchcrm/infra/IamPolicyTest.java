package com.benchcrm.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/**
 * Least privilege: no IAM statement grants {@code Resource "*"} except where AWS requires it, and the
 * HTTP API function can use the database only as the application role.
 */
class IamPolicyTest {

    /**
     * The actions AWS evaluates against {@code Resource "*"} only: X-Ray segments (active tracing) and
     * the EC2 network-interface calls Lambda makes to attach a function to a VPC.
     */
    static final Set<String> WILDCARD_RESOURCE_EXCEPTIONS = Set.of(
            "xray:PutTraceSegments",
            "xray:PutTelemetryRecords",
            "ec2:CreateNetworkInterface",
            "ec2:DescribeNetworkInterfaces",
            "ec2:DescribeSubnets",
            "ec2:DeleteNetworkInterface",
            "ec2:AssignPrivateIpAddresses",
            "ec2:UnassignPrivateIpAddresses");

    private static final SynthesizedApp APP = SynthesizedApp.threeTenants();

    @Test
    void iamPolicies_grantResourceStarOnlyForTheListedExceptions() {
        List<String> offending = new ArrayList<>();
        for (var entry : APP.templates().entrySet()) {
            Template t = entry.getValue();
            var policies = t.findResources(
                    "AWS::IAM::Policy",
                    Match.objectLike(Map.of(
                            "Properties",
                            Match.objectLike(Map.of(
                                    "PolicyDocument",
                                    Match.objectLike(Map.of(
                                            "Statement",
                                            Match.arrayWith(List.of(Match.objectLike(Map.of("Resource", "*")))))))))));
            for (var policy : policies.entrySet()) {
                for (Map<String, Object> statement : statements(policy.getValue())) {
                    if ("*".equals(statement.get("Resource"))) {
                        for (String action : actions(statement)) {
                            if (!WILDCARD_RESOURCE_EXCEPTIONS.contains(action)) {
                                offending.add(entry.getKey() + "/" + policy.getKey() + ": " + action);
                            }
                        }
                    }
                }
            }
            // roles carry no inline or managed policies of their own: all grants are in the policies above
            if (!t.findResources("AWS::IAM::Role").isEmpty()) {
                t.allResourcesProperties(
                        "AWS::IAM::Role",
                        Match.objectLike(Map.of("Policies", Match.absent(), "ManagedPolicyArns", Match.absent())));
            }
        }
        assertThat(offending).isEmpty();
    }

    @Test
    void httpApiFunction_readsOnlyTheAppSecretAndCallsTheDataApiOnTheCluster() {
        Map<String, Object> policy = APP.api().findResources("AWS::IAM::Policy").entrySet().stream()
                .filter(e -> e.getKey().startsWith("HttpApiFunction"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow();
        List<Map<String, Object>> secretStatements = statements(policy).stream()
                .filter(s -> actions(s).stream().anyMatch(a -> a.startsWith("secretsmanager:")))
                .toList();
        // the application role's database secret and the unsubscribe links' secret (ADR 0099), nothing else
        assertThat(secretStatements).hasSize(2);
        assertThat(secretStatements.get(0).get("Resource").toString())
                .contains("AppSecret")
                .doesNotContain("ClusterSecret", "OwnerSecret");
        assertThat(secretStatements.get(1).get("Resource").toString())
                .contains("UnsubscribeSecret")
                .doesNotContain("ClusterSecret", "OwnerSecret", "AppSecret");
        List<Map<String, Object>> dataApi = statements(policy).stream()
                .filter(s -> actions(s).stream().anyMatch(a -> a.startsWith("rds-data:")))
                .toList();
        assertThat(dataApi).singleElement().satisfies(s -> {
            assertThat(actions(s))
                    .containsExactlyInAnyOrder(
                            "rds-data:BatchExecuteStatement",
                            "rds-data:BeginTransaction",
                            "rds-data:CommitTransaction",
                            "rds-data:ExecuteStatement",
                            "rds-data:RollbackTransaction");
            assertThat(s.get("Resource").toString()).contains(":cluster:").contains("DatabaseCluster");
        });
        // decrypting secrets only through Secrets Manager
        APP.api()
                .hasResourceProperties(
                        "AWS::IAM::Policy",
                        Match.objectLike(Map.of(
                                "PolicyDocument",
                                Match.objectLike(Map.of(
                                        "Statement",
                                        Match.arrayWith(List.of(Match.objectLike(Map.of(
                                                "Action",
                                                "kms:Decrypt",
                                                "Condition",
                                                Map.of(
                                                        "StringEquals",
                                                        Map.of("kms:ViaService", Match.anyValue())))))))))));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> statements(Map<String, Object> policyResource) {
        Map<String, Object> props = (Map<String, Object>) policyResource.get("Properties");
        return (List<Map<String, Object>>) ((Map<String, Object>) props.get("PolicyDocument")).get("Statement");
    }

    @SuppressWarnings("unchecked")
    static List<String> actions(Map<String, Object> statement) {
        Object a = statement.get("Action");
        return a instanceof List<?> list ? (List<String>) list : List.of((String) a);
    }
}

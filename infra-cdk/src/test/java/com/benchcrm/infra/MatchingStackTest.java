package com.benchcrm.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.infra.matching.MatchingStack;
import com.benchcrm.infra.matching.TenantVectorIndexes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/**
 * The matching functions on their queues, the tenant vector index provider, and who may do what
 * with the tenants' indexes (data access policies, Bedrock).
 */
class MatchingStackTest {

    private static final SynthesizedApp APP = SynthesizedApp.threeTenants();
    private static final Template MATCHING = APP.matching();

    /** The names the matching functions read (MatchingConfig); AWS_REGION is Lambda's own. */
    private static final Set<String> MATCHING_ENVIRONMENT = Set.of(
            "MAIN_CLASS",
            "SPRING_CLOUD_FUNCTION_DEFINITION",
            "BENCHCRM_SQL_MODE",
            "BENCHCRM_DB_RESOURCE_ARN",
            "BENCHCRM_DB_SECRET_ARN",
            "BENCHCRM_DB_NAME",
            "BENCHCRM_EMBEDDINGS",
            "BENCHCRM_EMBEDDING_MODEL_ID",
            "BENCHCRM_EMBEDDING_DIMENSIONS",
            "BENCHCRM_VECTOR_STORE",
            "BENCHCRM_OPENSEARCH_ENDPOINT",
            "BENCHCRM_OPENSEARCH_SERVICE",
            "BENCHCRM_OPENSEARCH_INDEX_PREFIX",
            "BENCHCRM_OPENSEARCH_ENGINE",
            "BENCHCRM_OPENSEARCH_INDEX_LAYOUT",
            "BENCHCRM_MAX_RECEIVES",
            "POWERTOOLS_SERVICE_NAME",
            "POWERTOOLS_METRICS_NAMESPACE",
            "POWERTOOLS_LOG_LEVEL");

    @Test
    void embed_environment_isTheMatchingConfigsContract_withTheEmbedQueuesDlqAndRedriveCount() {
        Map<String, Object> vars = environment("embed");
        assertThat(vars.keySet())
                .containsExactlyInAnyOrderElementsOf(with(MATCHING_ENVIRONMENT, "BENCHCRM_EMBED_DLQ_URL"));
        assertCommon(vars);
        assertThat(vars).containsEntry("BENCHCRM_MAX_RECEIVES", "5"); // routing.json: embed
        assertThat(vars.get("BENCHCRM_EMBED_DLQ_URL").toString()).contains("EventsEmbedQueueDlq");
    }

    @Test
    void match_environment_isTheMatchingConfigsContract_withTheMatchQueuesDlqAndRedriveCount() {
        Map<String, Object> vars = environment("match");
        assertThat(vars.keySet())
                .containsExactlyInAnyOrderElementsOf(with(MATCHING_ENVIRONMENT, "BENCHCRM_MATCH_DLQ_URL"));
        assertCommon(vars);
        assertThat(vars).containsEntry("BENCHCRM_MAX_RECEIVES", "3"); // routing.json: match
        assertThat(vars.get("BENCHCRM_MATCH_DLQ_URL").toString()).contains("EventsMatchQueueDlq");
    }

    @Test
    void embedAndMatch_consumeTheirQueuesThroughTheLiveAlias_withPartialBatchResponses() {
        MATCHING.hasResourceProperties(
                "AWS::Lambda::EventSourceMapping",
                Match.objectLike(Map.of(
                        "EventSourceArn",
                                Map.of("Fn::ImportValue", Match.stringLikeRegexp(".*EventsEmbedQueue[0-9A-F]{8}Arn.*")),
                        "FunctionName",
                                Match.objectLike(Map.of(
                                        "Fn::Join", Match.arrayWith(List.of(Match.arrayWith(List.of(":live")))))),
                        "BatchSize", MatchingStack.EMBED_BATCH_SIZE,
                        "FunctionResponseTypes", List.of("ReportBatchItemFailures"))));
        MATCHING.hasResourceProperties(
                "AWS::Lambda::EventSourceMapping",
                Match.objectLike(Map.of(
                        "EventSourceArn",
                                Map.of("Fn::ImportValue", Match.stringLikeRegexp(".*EventsMatchQueue[0-9A-F]{8}Arn.*")),
                        "BatchSize", MatchingStack.MATCH_BATCH_SIZE,
                        "FunctionResponseTypes", List.of("ReportBatchItemFailures"))));
        // the queues' visibility timeout (360 s, routing.json) is at least six times the functions' timeout
        MATCHING.allResourcesProperties("AWS::Lambda::Function", Match.objectLike(Map.of("Timeout", Match.anyValue())));
        for (String definition : List.of("embed", "match")) {
            assertThat(((Number) function(definition).get("Timeout")).intValue() * 6)
                    .isLessThanOrEqualTo(360);
        }
    }

    @Test
    void tenantIndexProvider_runsTheMigrationArtifactsIndexHandler_outsideTheVpc() {
        MATCHING.hasResourceProperties(
                "AWS::Lambda::Function",
                Match.objectLike(Map.of(
                        "Handler", TenantVectorIndexes.HANDLER,
                        "VpcConfig", Match.absent(),
                        "Environment",
                                Map.of(
                                        "Variables",
                                        Match.objectLike(Map.of(
                                                "BENCHCRM_OPENSEARCH_ENDPOINT", Match.anyValue(),
                                                "BENCHCRM_OPENSEARCH_SERVICE", "aoss",
                                                "BENCHCRM_OPENSEARCH_INDEX_PREFIX", "benchcrm-dev",
                                                "BENCHCRM_OPENSEARCH_ENGINE", "faiss",
                                                "BENCHCRM_OPENSEARCH_INDEX_LAYOUT", "per-tenant"))))));
    }

    @Test
    void dataAccessPolicies_grantEachRoleOnlyItsIndexActions_onThisDeploymentsIndexes() {
        String matching = policy(MATCHING);
        String pattern = "\"Resource\":[\"index/benchcrm-dev-vectors/benchcrm-dev-*\"]";
        assertThat(matching)
                .contains("\"ResourceType\":\"index\"")
                .contains(pattern)
                .doesNotContain("aoss:*")
                .doesNotContain("DeleteIndex")
                .doesNotContain("\"collection\"");
        assertThat(element(matching, "READ_WRITE"))
                .contains("aoss:WriteDocument")
                .contains(logicalId(MATCHING, "EmbedRole"))
                .doesNotContain("aoss:CreateIndex");
        assertThat(element(matching, "\"READ "))
                .contains("aoss:ReadDocument")
                .doesNotContain("aoss:WriteDocument")
                .contains(logicalId(MATCHING, "MatchRole"));
        assertThat(element(matching, "CREATE_INDEX"))
                .contains("aoss:CreateIndex")
                .doesNotContain("Document")
                .contains(logicalId(MATCHING, "TenantVectorIndexesFunctionRole"));
        String api = policy(APP.api());
        assertThat(api)
                .contains(pattern)
                .contains("aoss:ReadDocument")
                .doesNotContain("aoss:WriteDocument", "aoss:CreateIndex");
        APP.api()
                .hasResourceProperties(
                        "AWS::OpenSearchServerless::AccessPolicy",
                        Match.objectLike(Map.of("Name", "benchcrm-dev-vec-api", "Type", "data")));
        MATCHING.hasResourceProperties(
                "AWS::OpenSearchServerless::AccessPolicy",
                Match.objectLike(Map.of("Name", "benchcrm-dev-vec-match", "Type", "data")));
    }

    @Test
    void vectorClients_mayCallTheCollectionApi_andInvokeOnlyTheConfiguredModel() {
        for (Template t : List.of(MATCHING, APP.api())) {
            t.hasResourceProperties(
                    "AWS::IAM::Policy",
                    Match.objectLike(Map.of(
                            "PolicyDocument",
                            Match.objectLike(Map.of(
                                    "Statement",
                                    Match.arrayWith(List.of(Match.objectLike(Map.of(
                                            "Action",
                                            "aoss:APIAccessAll",
                                            "Resource",
                                            Map.of(
                                                    "Fn::ImportValue",
                                                    Match.stringLikeRegexp(".*VectorsCollection.*Arn.*")))))))))));
        }
        var bedrock = Match.objectLike(Map.of(
                "PolicyDocument",
                Match.objectLike(Map.of(
                        "Statement",
                        Match.arrayWith(List.of(Match.objectLike(Map.of(
                                "Action",
                                "bedrock:InvokeModel",
                                "Resource",
                                Map.of(
                                        "Fn::Join",
                                        List.of(
                                                "",
                                                List.of(
                                                        "arn:",
                                                        Map.of("Ref", "AWS::Partition"),
                                                        ":bedrock:",
                                                        Map.of("Ref", "AWS::Region"),
                                                        "::foundation-model/amazon.titan-embed-text-v2:0")))))))))));
        assertThat(MATCHING.findResources("AWS::IAM::Policy", Match.objectLike(Map.of("Properties", bedrock))))
                .hasSize(2);
        assertThat(APP.api().findResources("AWS::IAM::Policy", Match.objectLike(Map.of("Properties", bedrock))))
                .hasSize(1);
    }

    private static void assertCommon(Map<String, Object> vars) {
        assertThat(vars)
                .containsEntry("MAIN_CLASS", "com.benchcrm.function.matching.MatchingApplication")
                .containsEntry("BENCHCRM_SQL_MODE", "rdsdata")
                .containsEntry("BENCHCRM_DB_NAME", "benchcrm")
                .containsEntry("BENCHCRM_EMBEDDINGS", "bedrock")
                .containsEntry("BENCHCRM_EMBEDDING_MODEL_ID", "amazon.titan-embed-text-v2:0")
                .containsEntry("BENCHCRM_EMBEDDING_DIMENSIONS", "1024")
                .containsEntry("BENCHCRM_VECTOR_STORE", "opensearch")
                .containsEntry("BENCHCRM_OPENSEARCH_SERVICE", "aoss")
                .containsEntry("BENCHCRM_OPENSEARCH_INDEX_PREFIX", "benchcrm-dev")
                .containsEntry("BENCHCRM_OPENSEARCH_ENGINE", "faiss")
                .containsEntry("BENCHCRM_OPENSEARCH_INDEX_LAYOUT", "per-tenant");
        assertThat(vars.get("BENCHCRM_DB_SECRET_ARN").toString()).contains("AppSecret");
        assertThat(vars.get("BENCHCRM_OPENSEARCH_ENDPOINT").toString()).contains("CollectionEndpoint");
        MATCHING.hasResourceProperties(
                "AWS::Lambda::Function", Match.objectLike(Map.of("Handler", MatchingStack.HANDLER)));
    }

    private static Set<String> with(Set<String> base, String extra) {
        java.util.Set<String> s = new java.util.HashSet<>(base);
        s.add(extra);
        return s;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> function(String definition) {
        var found = MATCHING.findResources(
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

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(String definition) {
        return (Map<String, Object>) ((Map<String, Object>) function(definition).get("Environment")).get("Variables");
    }

    /** The data access policy document of a template, with its role references, as one string. */
    private static String policy(Template t) {
        var policies =
                t.findResources("AWS::OpenSearchServerless::AccessPolicy").values();
        assertThat(policies).hasSize(1);
        return ((Map<?, ?>) policies.iterator().next().get("Properties"))
                .get("Policy")
                .toString()
                .replace("\\\"", "\"");
    }

    /** The part of a policy document from one element's description to the next element. */
    private static String element(String policy, String description) {
        int start = policy.indexOf(description);
        assertThat(start).as(description + " in " + policy).isNotNegative();
        int end = policy.indexOf("{\"Description\"", start);
        return policy.substring(start, end < 0 ? policy.length() : end);
    }

    private static String logicalId(Template t, String prefix) {
        return t.findResources("AWS::IAM::Role").keySet().stream()
                .filter(id -> id.startsWith(prefix))
                .findFirst()
                .orElseThrow();
    }
}

package com.benchcrm.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/**
 * The e-mail ingest function: what SES invokes after storing a tenant's mail, what it may read and
 * decrypt, where its failures go.
 */
class IngestStackTest {

    private static final SynthesizedApp APP = SynthesizedApp.threeTenants();
    private static final Template INGEST = APP.ingest();

    @Test
    void function_environment_isWhatEmailIngestConfigReads() {
        Map<String, Object> vars = environment();
        // the names EmailIngestConfig reads for rdsdata + s3 + sqs + rules (AWS_REGION is Lambda's own)
        assertThat(vars.keySet())
                .containsExactlyInAnyOrderElementsOf(Set.of(
                        "MAIN_CLASS",
                        "SPRING_CLOUD_FUNCTION_DEFINITION",
                        "BENCHCRM_SQL_MODE",
                        "BENCHCRM_DB_RESOURCE_ARN",
                        "BENCHCRM_DB_SECRET_ARN",
                        "BENCHCRM_DB_NAME",
                        "BENCHCRM_INGEST_DOMAIN",
                        "BENCHCRM_BLOB_MODE",
                        "BENCHCRM_RAW_BUCKET",
                        "BENCHCRM_TENANT_KEY_ALIAS_PREFIX",
                        "BENCHCRM_DLQ_URL",
                        "BENCHCRM_AI_MODE",
                        "POWERTOOLS_SERVICE_NAME",
                        "POWERTOOLS_METRICS_NAMESPACE",
                        "POWERTOOLS_LOG_LEVEL"));
        assertThat(vars)
                .containsEntry("MAIN_CLASS", "com.benchcrm.function.emailingest.EmailIngestApplication")
                .containsEntry("SPRING_CLOUD_FUNCTION_DEFINITION", "emailIngest")
                .containsEntry("BENCHCRM_SQL_MODE", "rdsdata")
                .containsEntry("BENCHCRM_INGEST_DOMAIN", APP.config.ingestDomain())
                .containsEntry("BENCHCRM_BLOB_MODE", "s3")
                .containsEntry("BENCHCRM_TENANT_KEY_ALIAS_PREFIX", "alias/benchcrm-dev/tenant/")
                .containsEntry("BENCHCRM_AI_MODE", "rules")
                .containsEntry("POWERTOOLS_SERVICE_NAME", "email-ingest");
        assertThat(vars.get("BENCHCRM_RAW_BUCKET").toString()).contains("RawMail");
        assertThat(vars.get("BENCHCRM_DLQ_URL"))
                .isEqualTo(Map.of(
                        "Ref", only(INGEST.findResources("AWS::SQS::Queue").keySet())));
        // the tenant keys' alias prefix is the one TenantKey gives them
        APP.tenants()
                .hasResourceProperties(
                        "AWS::KMS::Alias",
                        Map.of("AliasName", "alias/benchcrm-dev/tenant/acme", "TargetKeyId", Match.anyValue()));
    }

    @Test
    void tenantRule_storesThenInvokesTheLiveAliasAsynchronously_sesMayInvokeIt() {
        for (String slug : List.of("acme", "globex", "initech")) {
            APP.tenants()
                    .hasResourceProperties(
                            "AWS::SES::ReceiptRule",
                            Match.objectLike(Map.of(
                                    "Rule",
                                    Match.objectLike(Map.of(
                                            "Name",
                                            "benchcrm-dev-tenant-" + slug,
                                            "Actions",
                                            List.of(
                                                    Map.of(
                                                            "S3Action",
                                                            Match.objectLike(
                                                                    Map.of("ObjectKeyPrefix", "raw/" + slug + "/"))),
                                                    Map.of(
                                                            "LambdaAction",
                                                            Map.of(
                                                                    "FunctionArn",
                                                                    Map.of(
                                                                            "Fn::ImportValue",
                                                                            Match.stringLikeRegexp(
                                                                                    ".*EmailIngestFunctionAlias.*")),
                                                                    "InvocationType",
                                                                    "Event"))))))));
        }
        String alias = only(INGEST.findResources("AWS::Lambda::Alias").keySet());
        INGEST.hasResourceProperties(
                "AWS::Lambda::Permission",
                Map.of(
                        "Action",
                        "lambda:InvokeFunction",
                        "FunctionName",
                        Map.of("Ref", alias),
                        "Principal",
                        "ses.amazonaws.com",
                        "SourceAccount",
                        Map.of("Ref", "AWS::AccountId")));
    }

    @Test
    void failures_deadLettersWithTheReason_transientOnesRetriedThenToAsyncFailures() {
        INGEST.hasResourceProperties(
                "AWS::SQS::Queue",
                Match.objectLike(Map.of(
                        "KmsMasterKeyId",
                        Match.anyValue(),
                        "MessageRetentionPeriod",
                        1_209_600,
                        "RedrivePolicy",
                        Match.absent())));
        INGEST.hasResourceProperties(
                "AWS::SQS::QueuePolicy",
                Match.objectLike(Map.of(
                        "PolicyDocument",
                        Match.objectLike(Map.of(
                                "Statement",
                                Match.arrayWith(List.of(Match.objectLike(Map.of(
                                        "Effect",
                                        "Deny",
                                        "Condition",
                                        Map.of("Bool", Map.of("aws:SecureTransport", "false")))))))))));
        INGEST.hasResourceProperties(
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
                                                "Fn::ImportValue", Match.stringLikeRegexp(".*AsyncFailures.*"))))))));
    }

    @Test
    void role_readsRawMail_decryptsOnlyWithTenantKeys_sendsToItsDlq_runsSqlAsTheAppRole() {
        String policy = INGEST.toJSON().toString();
        var decryptWithTenantKeys = Match.objectLike(Map.of(
                "Action",
                "kms:Decrypt",
                "Condition",
                Map.of("ForAnyValue:StringLike", Map.of("kms:ResourceAliases", "alias/benchcrm-dev/tenant/*"))));
        var readRawMail = Match.objectLike(Map.of(
                "Action", Match.arrayWith(List.of("s3:GetObject*")),
                "Resource",
                        Match.arrayWith(List.of(Match.objectLike(
                                Map.of("Fn::Join", Match.arrayWith(List.of(Match.arrayWith(List.of("/raw/*"))))))))));
        var sendToDlq = Match.objectLike(Map.of("Action", Match.arrayWith(List.of("sqs:SendMessage"))));
        var runSql = Match.objectLike(Map.of("Action", Match.arrayWith(List.of("rds-data:ExecuteStatement"))));
        INGEST.hasResourceProperties(
                "AWS::IAM::Policy",
                Match.objectLike(Map.of(
                        "PolicyDocument",
                        Match.objectLike(Map.of(
                                "Statement",
                                Match.arrayWith(List.of(runSql, readRawMail, sendToDlq, decryptWithTenantKeys)))))));
        // no write to the raw mail: it is kept as SES stored it
        assertThat(policy).doesNotContain("s3:PutObject").doesNotContain("s3:DeleteObject");
    }

    @Test
    void httpApi_keepsTheRawMessagesPostedToTheInboxRoute_writeOnlyUnderApi() {
        var putUnderApi = Match.objectLike(Map.of(
                "Action", Match.arrayWith(List.of("s3:PutObject")),
                "Resource",
                        Match.objectLike(
                                Map.of("Fn::Join", Match.arrayWith(List.of(Match.arrayWith(List.of("/api/*"))))))));
        APP.api()
                .hasResourceProperties(
                        "AWS::IAM::Policy",
                        Match.objectLike(Map.of(
                                "PolicyDocument",
                                Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(putUnderApi)))))));
        // reading and deleting: only consultants' documents (documents/*), never raw mail
        List<String> readable = APP.api().findResources("AWS::IAM::Policy").values().stream()
                .flatMap(p -> IamPolicyTest.statements(p).stream())
                .filter(s -> IamPolicyTest.actions(s).stream()
                        .anyMatch(a -> a.startsWith("s3:GetObject") || a.startsWith("s3:DeleteObject")))
                .map(s -> s.get("Resource").toString())
                .filter(r -> !r.contains("ModelRegistry")) // the success models (ADR 0077), another bucket
                .toList();
        assertThat(readable)
                .singleElement()
                .asString()
                .contains("/documents/*")
                .doesNotContain("/api/")
                .doesNotContain("/raw/");
        assertThat(APP.api().toJSON().toString()).doesNotContain("s3:DeleteObject");
        // listing: the model registry's models/ prefix only (a registry not written yet is then a 404), no raw mail
        assertThat(APP.api().findResources("AWS::IAM::Policy").values().stream()
                        .flatMap(p -> IamPolicyTest.statements(p).stream())
                        .filter(s -> IamPolicyTest.actions(s).stream().anyMatch(a -> a.startsWith("s3:List"))))
                .allSatisfy(
                        s -> assertThat(s.toString()).contains("ModelRegistry").contains("models/*"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment() {
        Map<String, Object> fn = (Map<String, Object>)
                only(INGEST.findResources("AWS::Lambda::Function").values());
        return (Map<String, Object>)
                ((Map<String, Object>) ((Map<String, Object>) fn.get("Properties")).get("Environment"))
                        .get("Variables");
    }

    private static <T> T only(java.util.Collection<T> items) {
        assertThat(items).hasSize(1);
        return items.iterator().next();
    }
}

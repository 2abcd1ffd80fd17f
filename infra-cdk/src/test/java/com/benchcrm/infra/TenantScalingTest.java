package com.benchcrm.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/**
 * What a tenant costs in resources, and that the tenants file drives exactly those: one tenant
 * ({@code tenants/example.json}, one webhook) against three ({@code tenants/three-tenants.json}, the
 * same file plus two tenants at the end, one of them with a webhook).
 */
class TenantScalingTest {

    /** The resources of one tenant, by type. */
    static final Map<String, Integer> PER_TENANT = Map.of(
            "AWS::KMS::Key", 1,
            "AWS::KMS::Alias", 1,
            "AWS::IAM::Role", 1,
            "AWS::IAM::Policy", 1,
            "AWS::SES::ReceiptRule", 1,
            "Custom::BenchCrmTenant", 1,
            "Custom::BenchCrmTenantVectorIndex", 1,
            "Custom::BenchCrmTenantRateLimit", 1,
            "AWS::Scheduler::Schedule", 1); // its success-model training (ADR 0077)

    /** The resources of one declared webhook, by type (the key policy statement is part of the tenant's key). */
    static final Map<String, Integer> PER_WEBHOOK = Map.of(
            "AWS::SecretsManager::Secret", 1,
            "AWS::SecretsManager::ResourcePolicy", 1,
            "Custom::BenchCrmTenantWebhook", 1);

    /**
     * The resources of a tenant with {@code marketing} (ADR 0099): its SES configuration set, the set's event
     * destination, its domain identity and the sender's right to send as it.
     */
    static final Map<String, Integer> PER_MARKETING = Map.of(
            "AWS::SES::ConfigurationSet", 1,
            "AWS::SES::ConfigurationSetEventDestination", 1,
            "AWS::SES::EmailIdentity", 1,
            "AWS::IAM::Policy", 1);

    private static final SynthesizedApp ONE = SynthesizedApp.oneTenant();
    private static final SynthesizedApp THREE = SynthesizedApp.threeTenants();

    @Test
    void resourceCounts_oneTenant_matchTheInventory() {
        Template platform = ONE.platform();
        platform.resourceCountIs("AWS::KMS::Key", 2);
        platform.resourceCountIs(
                "AWS::SQS::Queue",
                13); // embed, match, webhook, notify, outreach, feedback and their DLQs, async failures
        platform.resourceCountIs("AWS::S3::Bucket", 4); // raw mail and the model registry, each with its access logs
        platform.resourceCountIs("AWS::Events::EventBus", 1);
        platform.resourceCountIs("AWS::Events::Archive", 1);
        platform.resourceCountIs("AWS::SES::ReceiptRuleSet", 1);
        platform.resourceCountIs("AWS::SES::EmailIdentity", 1);
        platform.resourceCountIs("AWS::OpenSearchServerless::Collection", 1);
        platform.resourceCountIs("AWS::OpenSearchServerless::SecurityPolicy", 2);
        platform.resourceCountIs("AWS::SNS::Topic", 1); // SES feedback of every tenant (ADR 0099)
        platform.resourceCountIs("AWS::SNS::Subscription", 1); // the feedback queue
        platform.resourceCountIs("AWS::SecretsManager::Secret", 1); // the unsubscribe secret

        Template events = ONE.events();
        // relay, alerts, notify, notificationsDaily, webhooks, outreachSender, outreachFeedback, outreachSweep
        events.resourceCountIs("AWS::Lambda::Function", 8);
        events.resourceCountIs("AWS::Lambda::EventSourceMapping", 4);

        Template data = ONE.data();
        data.resourceCountIs("AWS::RDS::DBCluster", 1);
        data.resourceCountIs("AWS::RDS::DBInstance", 1);
        data.resourceCountIs("AWS::SecretsManager::Secret", 4); // master, owner, app and the relay role (ADR 0059)
        data.resourceCountIs("AWS::SecretsManager::RotationSchedule", 4);
        data.resourceCountIs(
                "AWS::EC2::VPCEndpoint", 3); // S3 (gateway), Secrets Manager and KMS (sealing secrets, ADR 0057)
        data.resourceCountIs("AWS::Lambda::Function", 1);
        data.resourceCountIs("Custom::BenchCrmSchema", 1);

        Template matching = ONE.matching();
        matching.resourceCountIs("AWS::Lambda::Function", 4); // embed, match, tenant indexes, model training
        matching.resourceCountIs("AWS::Lambda::EventSourceMapping", 2);
        matching.resourceCountIs("AWS::OpenSearchServerless::AccessPolicy", 1);

        Template api = ONE.api();
        api.resourceCountIs("AWS::Lambda::Function", 2);
        api.resourceCountIs("AWS::DynamoDB::Table", 1);
        api.resourceCountIs("AWS::ApiGatewayV2::Api", 1);
        api.resourceCountIs("AWS::ApiGatewayV2::Route", 3);
        api.resourceCountIs("AWS::OpenSearchServerless::AccessPolicy", 1);

        assertThat(webhooks(ONE)).isEqualTo(1);
        assertTenantsStackHolds(ONE, 1, 1);
    }

    @Test
    void resourceCounts_threeTenants_areThreeTimesTheTenantsResourcesPlusTheirWebhooks() {
        assertThat(webhooks(THREE)).isEqualTo(2);
        assertTenantsStackHolds(THREE, 3, 2);
    }

    @Test
    void webhooks_oneResourceSetPerDeclaration_namedByTenantAndWebhook() {
        Template t = THREE.tenants();
        t.hasResourceProperties(
                "Custom::BenchCrmTenantWebhook",
                Map.of(
                        "ServiceToken",
                                Map.of("Fn::ImportValue", Match.stringLikeRegexp(".*MigrationsFunctionAlias.*")),
                        "TenantId",
                                Map.of(
                                        "Fn::GetAtt",
                                        List.of(logicalId(t, "Custom::BenchCrmTenant", "acme"), "TenantId")),
                        "Name", "ats",
                        "Url", "https://hooks.partner.example/benchcrm",
                        "EventTypes", List.of("RequirementImported", "RecommendationsReady"),
                        "SecretArn", Map.of("Ref", logicalId(t, "AWS::SecretsManager::Secret", "acme")),
                        "SecretRotation", "0"));
        t.hasResourceProperties(
                "Custom::BenchCrmTenantWebhook",
                Match.objectLike(Map.of(
                        "TenantId",
                                Map.of(
                                        "Fn::GetAtt",
                                        List.of(logicalId(t, "Custom::BenchCrmTenant", "globex"), "TenantId")),
                        "Name", "crm",
                        "EventTypes", List.of("SubmissionStatusChanged"))));
        assertThat(t.findResources("AWS::SecretsManager::Secret").keySet()).noneMatch(id -> id.contains("initech"));
    }

    @Test
    void addingTenants_changesNoOtherStack() {
        assertThat(THREE.platform().toJSON()).isEqualTo(ONE.platform().toJSON());
        assertThat(THREE.data().toJSON()).isEqualTo(ONE.data().toJSON());
        assertThat(THREE.api().toJSON()).isEqualTo(ONE.api().toJSON());
        assertThat(THREE.ingest().toJSON()).isEqualTo(ONE.ingest().toJSON());
        assertThat(THREE.events().toJSON()).isEqualTo(ONE.events().toJSON());
        assertThat(THREE.matching().toJSON()).isEqualTo(ONE.matching().toJSON());
    }

    @Test
    void addingTenants_leavesTheExistingTenantsResourcesUntouched() {
        // same logical ids, same definitions: CloudFormation changes nothing for tenant acme
        assertThat(resources(THREE.tenants())).containsAllEntriesOf(resources(ONE.tenants()));
    }

    @Test
    void tenantRule_acme_storesToItsPrefixWithItsKeyAsItsOwnRole() {
        ONE.tenants()
                .hasResourceProperties(
                        "AWS::SES::ReceiptRule",
                        Match.objectLike(Map.of(
                                "Rule",
                                Match.objectLike(Map.of(
                                        "Name",
                                        "benchcrm-dev-tenant-acme",
                                        "Recipients",
                                        List.of("acme@ingest.benchcrm.example"),
                                        "TlsPolicy",
                                        "Require",
                                        "ScanEnabled",
                                        true,
                                        "Enabled",
                                        true,
                                        "Actions",
                                        List.of(
                                                Map.of(
                                                        "S3Action",
                                                        Match.objectLike(Map.of(
                                                                "ObjectKeyPrefix", "raw/acme/",
                                                                "KmsKeyArn",
                                                                        Map.of(
                                                                                "Fn::GetAtt",
                                                                                List.of(
                                                                                        logicalId(
                                                                                                ONE.tenants(),
                                                                                                "AWS::KMS::Key",
                                                                                                "acme"),
                                                                                        "Arn")),
                                                                "IamRoleArn",
                                                                        Map.of(
                                                                                "Fn::GetAtt",
                                                                                List.of(
                                                                                        logicalId(
                                                                                                ONE.tenants(),
                                                                                                "AWS::IAM::Role",
                                                                                                "acme"),
                                                                                        "Arn")),
                                                                "BucketName", Match.anyValue()))),
                                                // then the ingest function (IngestStackTest)
                                                Map.of("LambdaAction", Match.anyValue())))))));
    }

    @Test
    void tenantRules_threeTenants_areChainedInFileOrder() {
        // After names the previous rule (a Ref: CloudFormation also creates them in that order)
        Template t = THREE.tenants();
        t.hasResourceProperties(
                "AWS::SES::ReceiptRule",
                Match.objectLike(Map.of(
                        "After", Map.of("Ref", logicalId(t, "AWS::SES::ReceiptRule", "acme")),
                        "Rule", Match.objectLike(Map.of("Name", "benchcrm-dev-tenant-globex")))));
        t.hasResourceProperties(
                "AWS::SES::ReceiptRule",
                Match.objectLike(Map.of(
                        "After", Map.of("Ref", logicalId(t, "AWS::SES::ReceiptRule", "globex")),
                        "Rule", Match.objectLike(Map.of("Name", "benchcrm-dev-tenant-initech")))));
        t.hasResourceProperties(
                "AWS::SES::ReceiptRule",
                Match.objectLike(Map.of(
                        "After",
                        Match.absent(),
                        "Rule",
                        Match.objectLike(Map.of("Name", "benchcrm-dev-tenant-acme")))));
    }

    @Test
    void tenantRemoved_keyIsRetainedAndRowIsSuspendedNotDeleted() {
        // Retain: CloudFormation leaves the key (and so the tenant's encrypted mail) in place
        THREE.tenants()
                .allResources(
                        "AWS::KMS::Key",
                        Match.objectLike(Map.of("DeletionPolicy", "Retain", "UpdateReplacePolicy", "Retain")));
        // the row's Delete runs the migration function, which suspends the tenant (DatabaseHandlerIT)
        THREE.tenants()
                .hasResourceProperties(
                        "Custom::BenchCrmTenant",
                        Map.of("ServiceToken", Match.anyValue(), "Slug", "globex", "Name", "Globex Talent"));
    }

    @Test
    void tenantVectorIndex_isNamedByTheRowsTenantId_forTheConfiguredModel_andRetained() {
        Template t = THREE.tenants();
        for (String slug : List.of("acme", "globex", "initech")) {
            t.hasResource(
                    "Custom::BenchCrmTenantVectorIndex",
                    Match.objectLike(Map.of(
                            // Retain: CloudFormation never deletes a removed tenant's index (the handler's Delete is a
                            // no-op too)
                            "DeletionPolicy",
                            "Retain",
                            "UpdateReplacePolicy",
                            "Retain",
                            "Properties",
                            Map.of(
                                    "ServiceToken",
                                    Map.of(
                                            "Fn::ImportValue",
                                            Match.stringLikeRegexp(".*TenantVectorIndexesFunctionAlias.*")),
                                    "TenantId",
                                    Map.of(
                                            "Fn::GetAtt",
                                            List.of(logicalId(t, "Custom::BenchCrmTenant", slug), "TenantId")),
                                    "ModelId",
                                    "amazon.titan-embed-text-v2:0",
                                    "Dimensions",
                                    "1024"))));
        }
    }

    @Test
    void tenantRateLimit_onePerTenant_namedByTheRowsTenantId_withItsOwnOrTheDeploymentsNumbers() {
        Template t = THREE.tenants();
        // acme has its own limit in the tenants file; globex and initech get the deployment's api.rateLimit/burstLimit
        Map<String, List<String>> expected =
                Map.of("acme", List.of("50", "100"), "globex", List.of("100", "200"), "initech", List.of("100", "200"));
        expected.forEach((slug, numbers) -> t.hasResource(
                "Custom::BenchCrmTenantRateLimit",
                Match.objectLike(Map.of(
                        // deleted with the tenant: the handler's Delete removes the limit item
                        "DeletionPolicy",
                        "Delete",
                        "Properties",
                        Map.of(
                                "ServiceToken",
                                        Map.of(
                                                "Fn::ImportValue",
                                                Match.stringLikeRegexp(".*TenantRateLimitsFunctionAlias.*")),
                                "TenantId",
                                        Map.of(
                                                "Fn::GetAtt",
                                                List.of(logicalId(t, "Custom::BenchCrmTenant", slug), "TenantId")),
                                "Rate", numbers.get(0),
                                "Burst", numbers.get(1))))));
        assertThat(logicalId(t, "Custom::BenchCrmTenantRateLimit", "globex")).isNotEmpty();
        ONE.tenants().resourceCountIs("Custom::BenchCrmTenantRateLimit", 1);
        t.resourceCountIs("Custom::BenchCrmTenantRateLimit", 3);
    }

    @Test
    void tenantWriterRole_canBeAssumedOnlyBySesForItsOwnRule() {
        var sourceArn = Match.objectLike(Map.of(
                "Fn::Join",
                Match.arrayWith(List.of(Match.arrayWith(
                        List.of(":receipt-rule-set/benchcrm-dev-inbound:receipt-rule/benchcrm-dev-tenant-acme"))))));
        var statement = Match.objectLike(Map.of(
                "Principal", Map.of("Service", "ses.amazonaws.com"),
                "Condition", Map.of("StringEquals", Match.objectLike(Map.of("aws:SourceArn", sourceArn)))));
        ONE.tenants()
                .hasResourceProperties(
                        "AWS::IAM::Role",
                        Match.objectLike(Map.of(
                                "AssumeRolePolicyDocument",
                                Match.objectLike(Map.of("Statement", List.of(statement))))));
    }

    /** Per-tenant resources times tenants, per-webhook resources times webhooks, and nothing else. */
    private static void assertTenantsStackHolds(SynthesizedApp app, int tenants, int webhooks) {
        Map<String, Integer> expected = new java.util.HashMap<>();
        PER_TENANT.forEach((type, n) -> expected.merge(type, tenants * n, Integer::sum));
        PER_WEBHOOK.forEach((type, n) -> expected.merge(type, webhooks * n, Integer::sum));
        long marketing =
                app.config.tenants().stream().filter(t -> t.marketing() != null).count();
        PER_MARKETING.forEach((type, n) -> expected.merge(type, (int) marketing * n, Integer::sum));
        expected.forEach((type, n) -> app.tenants().resourceCountIs(type, n));
        assertThat(resources(app.tenants()))
                .hasSize(expected.values().stream().mapToInt(Integer::intValue).sum());
    }

    private static int webhooks(SynthesizedApp app) {
        return app.config.tenants().stream().mapToInt(t -> t.webhooks().size()).sum();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> resources(Template t) {
        return (Map<String, Object>) ((Map<String, Object>) t.toJSON()).get("Resources");
    }

    /** The one resource of a type whose logical id mentions the tenant. */
    static String logicalId(Template t, String type, String slug) {
        List<String> ids = t.findResources(type).keySet().stream()
                .filter(id -> id.contains(slug))
                .toList();
        assertThat(ids).as(type + " of " + slug).hasSize(1);
        return ids.get(0);
    }
}

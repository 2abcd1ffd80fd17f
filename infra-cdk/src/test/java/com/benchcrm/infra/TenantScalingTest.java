package com.benchcrm.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/**
 * What a tenant costs in resources, and that the tenants file drives exactly those: one tenant
 * ({@code tenants/example.json}) against three ({@code tenants/three-tenants.json}, the same file
 * plus two tenants at the end).
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
            "Custom::BenchCrmTenantVectorIndex", 1);

    private static final SynthesizedApp ONE = SynthesizedApp.oneTenant();
    private static final SynthesizedApp THREE = SynthesizedApp.threeTenants();

    @Test
    void resourceCounts_oneTenant_matchTheInventory() {
        Template platform = ONE.platform();
        platform.resourceCountIs("AWS::KMS::Key", 2);
        platform.resourceCountIs("AWS::SQS::Queue", 7);
        platform.resourceCountIs("AWS::S3::Bucket", 2);
        platform.resourceCountIs("AWS::Events::EventBus", 1);
        platform.resourceCountIs("AWS::Events::Archive", 1);
        platform.resourceCountIs("AWS::SES::ReceiptRuleSet", 1);
        platform.resourceCountIs("AWS::SES::EmailIdentity", 1);
        platform.resourceCountIs("AWS::OpenSearchServerless::Collection", 1);
        platform.resourceCountIs("AWS::OpenSearchServerless::SecurityPolicy", 2);

        Template data = ONE.data();
        data.resourceCountIs("AWS::RDS::DBCluster", 1);
        data.resourceCountIs("AWS::RDS::DBInstance", 1);
        data.resourceCountIs("AWS::SecretsManager::Secret", 3);
        data.resourceCountIs("AWS::SecretsManager::RotationSchedule", 3);
        data.resourceCountIs("AWS::EC2::VPCEndpoint", 2);
        data.resourceCountIs("AWS::Lambda::Function", 1);
        data.resourceCountIs("Custom::BenchCrmSchema", 1);

        Template matching = ONE.matching();
        matching.resourceCountIs("AWS::Lambda::Function", 3);
        matching.resourceCountIs("AWS::Lambda::EventSourceMapping", 2);
        matching.resourceCountIs("AWS::OpenSearchServerless::AccessPolicy", 1);

        Template api = ONE.api();
        api.resourceCountIs("AWS::Lambda::Function", 1);
        api.resourceCountIs("AWS::ApiGatewayV2::Api", 1);
        api.resourceCountIs("AWS::ApiGatewayV2::Route", 3);
        api.resourceCountIs("AWS::OpenSearchServerless::AccessPolicy", 1);

        PER_TENANT.forEach((type, n) -> ONE.tenants().resourceCountIs(type, n));
        assertThat(resources(ONE.tenants())).hasSize(PER_TENANT.values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void resourceCounts_threeTenants_areThreeTimesTheTenantsResources() {
        PER_TENANT.forEach((type, n) -> THREE.tenants().resourceCountIs(type, 3 * n));
        assertThat(resources(THREE.tenants())).hasSize(3 * resources(ONE.tenants()).size());
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
        ONE.tenants().hasResourceProperties("AWS::SES::ReceiptRule", Match.objectLike(Map.of(
                "Rule", Match.objectLike(Map.of(
                        "Name", "benchcrm-dev-tenant-acme",
                        "Recipients", List.of("acme@ingest.benchcrm.example"),
                        "TlsPolicy", "Require",
                        "ScanEnabled", true,
                        "Enabled", true,
                        "Actions", List.of(Map.of("S3Action", Match.objectLike(Map.of(
                                "ObjectKeyPrefix", "raw/acme/",
                                "KmsKeyArn", Map.of("Fn::GetAtt", List.of(logicalId(ONE.tenants(), "AWS::KMS::Key", "acme"), "Arn")),
                                "IamRoleArn", Map.of("Fn::GetAtt", List.of(logicalId(ONE.tenants(), "AWS::IAM::Role", "acme"), "Arn")),
                                "BucketName", Match.anyValue()))),
                                // then the ingest function (IngestStackTest)
                                Map.of("LambdaAction", Match.anyValue())))))));
    }

    @Test
    void tenantRules_threeTenants_areChainedInFileOrder() {
        // After names the previous rule (a Ref: CloudFormation also creates them in that order)
        Template t = THREE.tenants();
        t.hasResourceProperties("AWS::SES::ReceiptRule", Match.objectLike(Map.of(
                "After", Map.of("Ref", logicalId(t, "AWS::SES::ReceiptRule", "acme")),
                "Rule", Match.objectLike(Map.of("Name", "benchcrm-dev-tenant-globex")))));
        t.hasResourceProperties("AWS::SES::ReceiptRule", Match.objectLike(Map.of(
                "After", Map.of("Ref", logicalId(t, "AWS::SES::ReceiptRule", "globex")),
                "Rule", Match.objectLike(Map.of("Name", "benchcrm-dev-tenant-initech")))));
        t.hasResourceProperties("AWS::SES::ReceiptRule", Match.objectLike(Map.of(
                "After", Match.absent(), "Rule", Match.objectLike(Map.of("Name", "benchcrm-dev-tenant-acme")))));
    }

    @Test
    void tenantRemoved_keyIsRetainedAndRowIsSuspendedNotDeleted() {
        // Retain: CloudFormation leaves the key (and so the tenant's encrypted mail) in place
        THREE.tenants().allResources("AWS::KMS::Key", Match.objectLike(Map.of(
                "DeletionPolicy", "Retain", "UpdateReplacePolicy", "Retain")));
        // the row's Delete runs the migration function, which suspends the tenant (MigrateHandlerIT)
        THREE.tenants().hasResourceProperties("Custom::BenchCrmTenant", Map.of(
                "ServiceToken", Match.anyValue(), "Slug", "globex", "Name", "Globex Talent"));
    }

    @Test
    void tenantVectorIndex_isNamedByTheRowsTenantId_forTheConfiguredModel_andRetained() {
        Template t = THREE.tenants();
        for (String slug : List.of("acme", "globex", "initech")) {
            t.hasResource("Custom::BenchCrmTenantVectorIndex", Match.objectLike(Map.of(
                    // Retain: CloudFormation never deletes a removed tenant's index (the handler's Delete is a no-op too)
                    "DeletionPolicy", "Retain", "UpdateReplacePolicy", "Retain",
                    "Properties", Map.of(
                            "ServiceToken", Map.of("Fn::ImportValue", Match.stringLikeRegexp(".*TenantVectorIndexesFunctionAlias.*")),
                            "TenantId", Map.of("Fn::GetAtt", List.of(logicalId(t, "Custom::BenchCrmTenant", slug), "TenantId")),
                            "ModelId", "amazon.titan-embed-text-v2:0",
                            "Dimensions", "1024"))));
        }
    }

    @Test
    void tenantWriterRole_canBeAssumedOnlyBySesForItsOwnRule() {
        var sourceArn = Match.objectLike(Map.of("Fn::Join", Match.arrayWith(List.of(Match.arrayWith(List.of(
                ":receipt-rule-set/benchcrm-dev-inbound:receipt-rule/benchcrm-dev-tenant-acme"))))));
        var statement = Match.objectLike(Map.of(
                "Principal", Map.of("Service", "ses.amazonaws.com"),
                "Condition", Map.of("StringEquals", Match.objectLike(Map.of("aws:SourceArn", sourceArn)))));
        ONE.tenants().hasResourceProperties("AWS::IAM::Role", Match.objectLike(Map.of(
                "AssumeRolePolicyDocument", Match.objectLike(Map.of("Statement", List.of(statement))))));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> resources(Template t) {
        return (Map<String, Object>) ((Map<String, Object>) t.toJSON()).get("Resources");
    }

    /** The one resource of a type whose logical id mentions the tenant. */
    static String logicalId(Template t, String type, String slug) {
        List<String> ids = t.findResources(type).keySet().stream().filter(id -> id.contains(slug)).toList();
        assertThat(ids).as(type + " of " + slug).hasSize(1);
        return ids.get(0);
    }
}

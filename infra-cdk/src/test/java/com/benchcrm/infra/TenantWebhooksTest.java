package com.benchcrm.infra;

import static com.benchcrm.infra.TenantScalingTest.logicalId;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/**
 * The partner webhooks of the tenants file ({@code webhooks.TenantWebhook}): each secret is generated
 * by Secrets Manager (never in the template), encrypted with its own tenant's key and retained; only
 * the migration function may read it, through resource policies on exactly that secret and that key.
 */
class TenantWebhooksTest {

    private static final SynthesizedApp APP = SynthesizedApp.threeTenants();
    private static final Object MIGRATION_ROLE =
            Map.of("Fn::ImportValue", Match.stringLikeRegexp(".*MigrationsFunctionRole.*"));

    @Test
    void eachSecret_isEncryptedWithItsTenantsKey_generatedAndRetained() {
        Template t = APP.tenants();
        for (String slug : List.of("acme", "globex")) {
            t.hasResource(
                    "AWS::SecretsManager::Secret",
                    Match.objectLike(Map.of(
                            "DeletionPolicy",
                            "Retain",
                            "UpdateReplacePolicy",
                            "Retain",
                            "Properties",
                            Match.objectLike(Map.of(
                                    "KmsKeyId",
                                            Map.of("Fn::GetAtt", List.of(logicalId(t, "AWS::KMS::Key", slug), "Arn")),
                                    "GenerateSecretString",
                                            Map.of(
                                                    "PasswordLength",
                                                    64,
                                                    "ExcludePunctuation",
                                                    true,
                                                    "IncludeSpace",
                                                    false,
                                                    "RequireEachIncludedType",
                                                    true),
                                    "SecretString", Match.absent(),
                                    "Tags",
                                            Match.arrayWith(
                                                    List.of(Map.of("Key", "benchcrm:tenant", "Value", slug))))))));
        }
        // the value is Secrets Manager's: no SecretString on any secret of the stack
        APP.tenants()
                .allResourcesProperties(
                        "AWS::SecretsManager::Secret",
                        Match.objectLike(
                                Map.of("SecretString", Match.absent(), "GenerateSecretString", Match.anyValue())));
    }

    @Test
    void secretPolicy_letsOnlyTheMigrationRoleReadExactlyThatSecret() {
        Template t = APP.tenants();
        for (String slug : List.of("acme", "globex")) {
            Map<String, Object> secretRef = Map.of("Ref", logicalId(t, "AWS::SecretsManager::Secret", slug));
            t.hasResourceProperties(
                    "AWS::SecretsManager::ResourcePolicy",
                    Map.of(
                            "SecretId",
                            secretRef,
                            "ResourcePolicy",
                            Map.of(
                                    "Version",
                                    "2012-10-17",
                                    "Statement",
                                    List.of(Map.of(
                                            "Effect",
                                            "Allow",
                                            "Action",
                                            List.of("secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"),
                                            "Principal",
                                            Map.of("AWS", MIGRATION_ROLE),
                                            "Resource",
                                            secretRef)))));
        }
    }

    @Test
    void tenantKeyPolicy_letsTheMigrationRoleDecryptOnlyThroughSecretsManager_onlyForTenantsWithWebhooks() {
        Template t = APP.tenants();
        Object decrypt = Match.objectLike(Map.of(
                "Action",
                "kms:Decrypt",
                "Principal",
                Map.of("AWS", MIGRATION_ROLE),
                "Condition",
                Map.of(
                        "StringEquals",
                        Map.of(
                                "kms:ViaService",
                                Match.objectLike(Map.of(
                                        "Fn::Join",
                                        Match.arrayWith(List.of(Match.arrayWith(List.of("secretsmanager.")))))))),
                "Resource",
                "*")); // in a key policy, "*" is this key
        var keysGranting = t.findResources(
                        "AWS::KMS::Key",
                        Match.objectLike(Map.of(
                                "Properties",
                                Match.objectLike(Map.of(
                                        "KeyPolicy",
                                        Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(decrypt)))))))))
                .keySet();
        assertThat(keysGranting)
                .containsExactlyInAnyOrder(
                        logicalId(t, "AWS::KMS::Key", "acme"), logicalId(t, "AWS::KMS::Key", "globex"))
                .as("initech declares no webhook")
                .doesNotContain(logicalId(t, "AWS::KMS::Key", "initech"));
    }

    @Test
    void subscription_waitsForTheSecretPolicy() {
        Template t = APP.tenants();
        String policy = logicalId(t, "AWS::SecretsManager::ResourcePolicy", "acme");
        t.hasResource(
                "Custom::BenchCrmTenantWebhook",
                Match.objectLike(Map.of(
                        "DependsOn", Match.arrayWith(List.of(policy)),
                        "Properties", Match.objectLike(Map.of("Name", "ats")))));
    }

    @Test
    void migrationRoleArn_isExportedByTheDataStackWhetherOrNotAWebhookUsesIt() {
        APP.data()
                .hasOutput(
                        "*",
                        Match.objectLike(Map.of(
                                "Value",
                                        Map.of(
                                                "Fn::GetAtt",
                                                List.of(Match.stringLikeRegexp("MigrationsFunctionRole.*"), "Arn")),
                                "Export", Match.anyValue())));
    }
}

package com.benchcrm.infra;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** Everything that stores data is encrypted, with a customer-managed key wherever AWS allows one. */
class EncryptionTest {

    private static final SynthesizedApp APP = SynthesizedApp.threeTenants();

    @Test
    void everyBucket_isEncryptedPrivateAndTlsOnly() {
        for (Template t : APP.templatesWith("AWS::S3::Bucket")) {
            t.allResourcesProperties(
                    "AWS::S3::Bucket",
                    Match.objectLike(Map.of(
                            "BucketEncryption", Map.of("ServerSideEncryptionConfiguration", Match.anyValue()),
                            "PublicAccessBlockConfiguration",
                                    Map.of(
                                            "BlockPublicAcls",
                                            true,
                                            "BlockPublicPolicy",
                                            true,
                                            "IgnorePublicAcls",
                                            true,
                                            "RestrictPublicBuckets",
                                            true))));
            t.allResourcesProperties(
                    "AWS::S3::BucketPolicy",
                    Match.objectLike(Map.of(
                            "PolicyDocument",
                            Match.objectLike(Map.of(
                                    "Statement",
                                    Match.arrayWith(List.of(Match.objectLike(Map.of(
                                            "Effect",
                                            "Deny",
                                            "Condition",
                                            Map.of("Bool", Map.of("aws:SecureTransport", "false")))))))))));
        }
    }

    @Test
    void rawMailBucket_isSseKmsVersionedWithLifecycleAndRetained() {
        APP.platform()
                .hasResource(
                        "AWS::S3::Bucket",
                        Match.objectLike(Map.of(
                                "DeletionPolicy",
                                "Retain",
                                "Properties",
                                Match.objectLike(Map.of(
                                        "BucketEncryption",
                                                Map.of(
                                                        "ServerSideEncryptionConfiguration",
                                                        List.of(Match.objectLike(Map.of(
                                                                "BucketKeyEnabled",
                                                                true,
                                                                "ServerSideEncryptionByDefault",
                                                                Map.of(
                                                                        "SSEAlgorithm",
                                                                        "aws:kms",
                                                                        "KMSMasterKeyID",
                                                                        Match.anyValue()))))),
                                        "VersioningConfiguration", Map.of("Status", "Enabled"),
                                        "LoggingConfiguration",
                                                Match.objectLike(Map.of("DestinationBucketName", Match.anyValue())),
                                        "LifecycleConfiguration",
                                                Map.of(
                                                        "Rules",
                                                        List.of(Match.objectLike(Map.of(
                                                                "Prefix",
                                                                "raw/",
                                                                "Status",
                                                                "Enabled",
                                                                "NoncurrentVersionExpiration",
                                                                Match.anyValue())))))))));
    }

    @Test
    void everyQueue_isEncryptedWithTheDataKey() {
        APP.platform()
                .allResourcesProperties(
                        "AWS::SQS::Queue",
                        Match.objectLike(
                                Map.of("KmsMasterKeyId", Map.of("Fn::GetAtt", List.of(keyId("DataKey"), "Arn")))));
    }

    @Test
    void everyLogGroup_isEncryptedAndExpires() {
        for (Template t : APP.templatesWith("AWS::Logs::LogGroup")) {
            t.allResourcesProperties(
                    "AWS::Logs::LogGroup",
                    Match.objectLike(Map.of("KmsKeyId", Match.anyValue(), "RetentionInDays", Match.anyValue())));
        }
    }

    @Test
    void everySecret_isEncryptedWithTheDataKey() {
        APP.data()
                .allResourcesProperties(
                        "AWS::SecretsManager::Secret",
                        Match.objectLike(Map.of(
                                "KmsKeyId",
                                Match.objectLike(Map.of("Fn::ImportValue", Match.stringLikeRegexp(".*DataKey.*"))))));
    }

    @Test
    void databaseEventsAndVectors_areEncryptedWithTheDataKey() {
        APP.data()
                .hasResourceProperties(
                        "AWS::RDS::DBCluster",
                        Match.objectLike(Map.of(
                                "StorageEncrypted", true, "KmsKeyId", Match.anyValue(), "EnableHttpEndpoint", true)));
        APP.platform()
                .hasResourceProperties(
                        "AWS::Events::EventBus",
                        Match.objectLike(
                                Map.of("KmsKeyIdentifier", Map.of("Fn::GetAtt", List.of(keyId("DataKey"), "Arn")))));
        APP.platform()
                .hasResourceProperties(
                        "AWS::Events::Archive",
                        Match.objectLike(
                                Map.of("KmsKeyIdentifier", Map.of("Fn::GetAtt", List.of(keyId("DataKey"), "Arn")))));
        APP.platform()
                .hasResourceProperties(
                        "AWS::OpenSearchServerless::SecurityPolicy",
                        Match.objectLike(Map.of(
                                "Type",
                                "encryption",
                                "Policy",
                                Match.objectLike(Map.of(
                                        "Fn::Join",
                                        Match.arrayWith(List.of(Match.arrayWith(
                                                List.of(Match.stringLikeRegexp(".*\"AWSOwnedKey\":false.*"))))))))));
    }

    @Test
    void everyKey_rotatesYearly() {
        for (Template t : APP.templatesWith("AWS::KMS::Key")) {
            t.allResourcesProperties("AWS::KMS::Key", Match.objectLike(Map.of("EnableKeyRotation", true)));
        }
    }

    private static String keyId(String name) {
        return APP.platform().findResources("AWS::KMS::Key").keySet().stream()
                .filter(id -> id.contains(name))
                .findFirst()
                .orElseThrow();
    }
}

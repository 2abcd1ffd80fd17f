package com.benchcrm.infra.platform;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.constructs.Construct;

/**
 * The success-model registry (ADRs 0076 and 0077): {@code models/<tenant id>/<version>/{model.json, card.json,
 * gbt.ubj}} and {@code models/<tenant id>/registry.json} (the versions and the active one), written by the weekly
 * model-training function and read by the HTTP API (which also writes {@code registry.json} on
 * {@code PUT /v1/models/active}). SSE-KMS with the platform data key, public access blocked, versioned (a
 * registry overwritten by mistake can be restored), TLS only, server access logs to a second bucket, retained.
 */
public final class ModelRegistryBucket extends Construct {

    /** Every key the registry writes is under this prefix. */
    public static final String PREFIX = "models/";

    private final Bucket bucket;
    private final IKey dataKey;

    public ModelRegistryBucket(Construct scope, String id, IKey dataKey) {
        super(scope, id);
        this.dataKey = dataKey;
        // S3 server access logs can only be delivered to an SSE-S3 bucket (not SSE-KMS).
        Bucket accessLogs = Bucket.Builder.create(this, "AccessLogs")
                .encryption(BucketEncryption.S3_MANAGED)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .enforceSsl(true)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
                .lifecycleRules(List.of(LifecycleRule.builder()
                        .id("expire-access-logs")
                        .expiration(Duration.days(365))
                        .build()))
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        this.bucket = Bucket.Builder.create(this, "Bucket")
                .encryption(BucketEncryption.KMS)
                .encryptionKey(dataKey)
                .bucketKeyEnabled(true)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
                .versioned(true)
                .enforceSsl(true)
                .serverAccessLogsBucket(accessLogs)
                .serverAccessLogsPrefix("models/")
                .lifecycleRules(List.of(LifecycleRule.builder()
                        .id("old-registry-versions")
                        .noncurrentVersionExpiration(Duration.days(90))
                        .abortIncompleteMultipartUploadAfter(Duration.days(7))
                        .build()))
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
    }

    public IBucket bucket() {
        return bucket;
    }

    /**
     * Reads the registry: {@code s3:GetObject} under {@value #PREFIX}, {@code s3:ListBucket} limited to that prefix
     * (so a registry not written yet is a 404, not a 403), {@code kms:Decrypt} on the bucket's key.
     */
    public void grantRead(IRole reader) {
        reader.addToPrincipalPolicy(PolicyStatement.Builder.create()
                .actions(List.of("s3:GetObject"))
                .resources(List.of(bucket.arnForObjects(PREFIX + "*")))
                .build());
        reader.addToPrincipalPolicy(PolicyStatement.Builder.create()
                .actions(List.of("s3:ListBucket"))
                .resources(List.of(bucket.getBucketArn()))
                .conditions(Map.of("StringLike", Map.of("s3:prefix", List.of(PREFIX + "*"))))
                .build());
        reader.addToPrincipalPolicy(PolicyStatement.Builder.create()
                .actions(List.of("kms:Decrypt"))
                .resources(List.of(dataKey.getKeyArn()))
                .build());
    }

    /** Changes which version is active (the HTTP API's {@code PUT /v1/models/active}): the registries only. */
    public void grantActivate(IRole writer) {
        grantPut(writer, PREFIX + "*/registry.json");
    }

    /** Registers new versions and activates them (the training job): any key under {@value #PREFIX}. */
    public void grantRegister(IRole writer) {
        grantPut(writer, PREFIX + "*");
    }

    private void grantPut(IRole writer, String keys) {
        writer.addToPrincipalPolicy(PolicyStatement.Builder.create()
                .actions(List.of("s3:PutObject"))
                .resources(List.of(bucket.arnForObjects(keys)))
                .build());
        writer.addToPrincipalPolicy(PolicyStatement.Builder.create()
                .actions(List.of("kms:GenerateDataKey"))
                .resources(List.of(dataKey.getKeyArn()))
                .build());
    }
}

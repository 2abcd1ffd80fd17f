package com.benchcrm.infra.mail;

import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.NoncurrentVersionTransition;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.amazon.awscdk.services.s3.StorageClass;
import software.amazon.awscdk.services.s3.Transition;
import software.constructs.Construct;

/**
 * Where SES stores every received message, as raw MIME, kept: {@code raw/<tenant-slug>/<message-id>}.
 * SSE-KMS with the platform data key (bucket key on, so KMS is called per bucket key, not per
 * object), public access blocked, versioned, TLS only, server access logs to a second bucket.
 * Lifecycle: raw mail moves to Standard-IA after 30 days and Glacier Instant Retrieval after 180
 * (it is re-read only to re-parse); replaced or deleted versions are removed after 30 days.
 */
public final class RawMailBucket extends Construct {

    /** The key prefix under which tenant {@code slug}'s raw mail is stored. */
    public static String tenantPrefix(String slug) {
        return "raw/" + slug + "/";
    }

    private final Bucket bucket;

    public RawMailBucket(Construct scope, String id, IKey dataKey) {
        super(scope, id);
        // S3 server access logs can only be delivered to an SSE-S3 bucket (not SSE-KMS).
        Bucket accessLogs = Bucket.Builder.create(this, "AccessLogs")
                .encryption(BucketEncryption.S3_MANAGED)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .enforceSsl(true)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
                .lifecycleRules(List.of(LifecycleRule.builder().id("expire-access-logs")
                        .expiration(Duration.days(365)).build()))
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
                .serverAccessLogsPrefix("raw-mail/")
                .lifecycleRules(List.of(LifecycleRule.builder()
                        .id("raw-mail-tiering")
                        .prefix("raw/")
                        .transitions(List.of(
                                Transition.builder().storageClass(StorageClass.INFREQUENT_ACCESS).transitionAfter(Duration.days(30)).build(),
                                Transition.builder().storageClass(StorageClass.GLACIER_INSTANT_RETRIEVAL).transitionAfter(Duration.days(180)).build()))
                        .noncurrentVersionExpiration(Duration.days(30))
                        .noncurrentVersionTransitions(List.<NoncurrentVersionTransition>of())
                        .abortIncompleteMultipartUploadAfter(Duration.days(7))
                        .build()))
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
    }

    public IBucket bucket() {
        return bucket;
    }
}

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
 * Lifecycle (the tenants file's {@code rawMail}): raw mail moves to Standard-IA after 30 days and
 * Glacier Instant Retrieval after {@code glacierAfterDays} (default 90; it is re-read only to
 * re-parse), and expires after {@code expireAfterDays} (default 2555, about 7 years; 0 keeps it);
 * replaced or deleted versions are removed after 30 days. This rule is the only thing that ever
 * deletes raw mail: the scheduled purge never does (ADR 0058).
 */
public final class RawMailBucket extends Construct {

    /** The key prefix under which tenant {@code slug}'s raw mail is stored. */
    public static String tenantPrefix(String slug) {
        return "raw/" + slug + "/";
    }

    private final Bucket bucket;

    public RawMailBucket(Construct scope, String id, IKey dataKey) {
        this(scope, id, dataKey, com.benchcrm.infra.config.DeploymentConfig.RawMail.DEFAULTS);
    }

    public RawMailBucket(Construct scope, String id, IKey dataKey, com.benchcrm.infra.config.DeploymentConfig.RawMail lifecycle) {
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
                .lifecycleRules(List.of(rawMailRule(lifecycle)))
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
    }

    private static LifecycleRule rawMailRule(com.benchcrm.infra.config.DeploymentConfig.RawMail lifecycle) {
        java.util.List<Transition> transitions = new java.util.ArrayList<>();
        if (lifecycle.glacierAfterDays() > 30) {
            transitions.add(Transition.builder().storageClass(StorageClass.INFREQUENT_ACCESS).transitionAfter(Duration.days(30)).build());
        }
        transitions.add(Transition.builder().storageClass(StorageClass.GLACIER_INSTANT_RETRIEVAL)
                .transitionAfter(Duration.days(lifecycle.glacierAfterDays())).build());
        LifecycleRule.Builder rule = LifecycleRule.builder()
                .id("raw-mail-lifecycle")
                .prefix("raw/")
                .transitions(transitions)
                .noncurrentVersionExpiration(Duration.days(30))
                .noncurrentVersionTransitions(List.<NoncurrentVersionTransition>of())
                .abortIncompleteMultipartUploadAfter(Duration.days(7));
        if (lifecycle.expireAfterDays() > 0) {
            rule.expiration(Duration.days(lifecycle.expireAfterDays()));
        }
        return rule.build();
    }

    public IBucket bucket() {
        return bucket;
    }
}

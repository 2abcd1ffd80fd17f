package com.benchcrm.infra.ingest;

import com.benchcrm.infra.api.ApiStack;
import com.benchcrm.infra.config.DeploymentConfig;
import com.benchcrm.infra.constructs.JavaFunction;
import com.benchcrm.infra.constructs.QueueWithDlq;
import com.benchcrm.infra.constructs.TenantKey;
import com.benchcrm.infra.database.AuroraDatabase;
import com.benchcrm.infra.database.DataStack;
import com.benchcrm.infra.nag.Suppress;
import com.benchcrm.infra.platform.PlatformStack;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.sqs.IQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * The e-mail ingest function: SES stores a tenant's mail under {@code raw/<slug>/} and then invokes
 * this function's live alias asynchronously (the receipt rule's second action, added by
 * {@code TenantMailRule.thenInvoke}); the function reads the raw MIME (the S3 Encryption Client with
 * the tenant's key, ADR 0009 and ADR 0024), turns it into requirements or consultants and records
 * the outcome. The function's environment is what {@code com.benchcrm.function.emailingest.EmailIngestConfig}
 * reads.
 *
 * <p>Failures: a message the function cannot use (unknown tenant, missing object, virus verdict,
 * an event it does not know, an S3 or KMS error, any other failure while processing) goes to the
 * {@linkplain #deadLetters() ingest dead-letter queue} with the reason, and the invocation
 * succeeds; a transient database failure (or a failure to send the dead letter) fails the
 * invocation, Lambda retries it twice, and then puts the event on the platform's async-failures
 * queue. The raw mail stays in the bucket in every case.
 */
public final class IngestStack extends Stack {

    private final JavaFunction function;
    private final Queue deadLetters;

    public IngestStack(
            Construct scope,
            String id,
            StackProps props,
            DeploymentConfig config,
            PlatformStack platform,
            DataStack data,
            Code emailIngestCode) {
        super(scope, id, props);
        AuroraDatabase db = data.database();
        this.deadLetters = Queue.Builder.create(this, "DeadLetters")
                .encryption(QueueEncryption.KMS)
                .encryptionMasterKey(platform.keys().dataKey())
                .retentionPeriod(QueueWithDlq.DLQ_RETENTION)
                .enforceSsl(true)
                // mail that could not be ingested is kept even if the stack goes (issue 11 item 9)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        Suppress.on(
                deadLetters,
                "SQS3",
                "This queue is the e-mail ingest function's dead-letter queue (a message and "
                        + "the reason it was not ingested, for inspection and re-ingest); it has no DLQ of its own.");

        Map<String, String> env = new LinkedHashMap<>();
        env.put("MAIN_CLASS", "com.benchcrm.function.emailingest.EmailIngestApplication");
        env.put("SPRING_CLOUD_FUNCTION_DEFINITION", "emailIngest");
        env.put("BENCHCRM_SQL_MODE", "rdsdata");
        env.put("BENCHCRM_DB_RESOURCE_ARN", db.cluster().getClusterArn());
        env.put("BENCHCRM_DB_SECRET_ARN", db.appSecret().getSecretArn());
        env.put("BENCHCRM_DB_NAME", AuroraDatabase.DATABASE);
        env.put("BENCHCRM_INGEST_DOMAIN", config.ingestDomain());
        env.put("BENCHCRM_BLOB_MODE", "s3");
        env.put("BENCHCRM_RAW_BUCKET", platform.rawMail().bucket().getBucketName());
        env.put("BENCHCRM_TENANT_KEY_ALIAS_PREFIX", TenantKey.aliasPrefix(config.deployment()));
        env.put("BENCHCRM_DLQ_URL", deadLetters.getQueueUrl());
        env.put("BENCHCRM_AI_MODE", "rules");

        this.function = new JavaFunction(
                this,
                "EmailIngestFunction",
                JavaFunction.Props.builder()
                        .description("BenchCRM e-mail ingest: raw mail SES stored becomes requirements or consultants")
                        .code(emailIngestCode)
                        .handler(ApiStack.HANDLER)
                        .serviceName("email-ingest")
                        .memorySize(1536)
                        .timeout(Duration.seconds(90))
                        .environment(env)
                        .logKey(platform.keys().logsKey())
                        // bounds the concurrent RDS Data API callers a mail burst can create
                        .reservedConcurrency(10)
                        .onFailure(platform.events().asyncFailures())
                        .retryAttempts(2)
                        .build());
        db.grantDataApiAccess(function.role());
        platform.rawMail().bucket().grantRead(function.role(), "raw/*");
        deadLetters.grantSendMessages(function.role());
        // Client-side decryption of what SES encrypted with a tenant's key: Decrypt on the keys whose
        // alias is alias/<deployment>/tenant/*, and nothing else (the tenant keys live in the tenants
        // stack, which depends on this one, so they are named by alias, not by ARN).
        function.role()
                .addToPrincipalPolicy(PolicyStatement.Builder.create()
                        .actions(List.of("kms:Decrypt"))
                        .resources(List.of(
                                "arn:" + getPartition() + ":kms:" + getRegion() + ":" + getAccount() + ":key/*"))
                        .conditions(Map.of(
                                "ForAnyValue:StringLike",
                                Map.of("kms:ResourceAliases", TenantKey.aliasPrefix(config.deployment()) + "*")))
                        .build());
        Suppress.on(
                function.role(),
                "IAM5",
                "The ingest function reads any raw mail object under raw/ (every tenant's "
                        + "prefix: the tenant comes from the object key) and decrypts with the tenants' keys, selected by "
                        + "their alias alias/<deployment>/tenant/* (kms:ResourceAliases); the S3 and KMS action families "
                        + "(s3:GetObject*, s3:GetBucket*, s3:List*, kms:GenerateDataKey*, kms:ReEncrypt*) come from CDK's "
                        + "grantRead/grantSendMessages on this bucket, this queue and the platform data key.",
                "Action::s3:GetObject*",
                "Action::s3:GetBucket*",
                "Action::s3:List*",
                "Action::kms:GenerateDataKey*",
                "Action::kms:ReEncrypt*",
                Suppress.matching("^Resource::<.*\\.Arn>\\/raw\\/\\*$"),
                Suppress.matching("^Resource::arn:<AWS::Partition>:kms:<AWS::Region>:<AWS::AccountId>:key\\/\\*$"));
    }

    public JavaFunction function() {
        return function;
    }

    /** Mail the function could not ingest, with the reason (BENCHCRM_DLQ_URL). */
    public IQueue deadLetters() {
        return deadLetters;
    }
}

package com.benchcrm.infra.matching;

import com.benchcrm.events.EventRouting;
import com.benchcrm.infra.config.DeploymentConfig;
import com.benchcrm.infra.constructs.JavaFunction;
import com.benchcrm.infra.constructs.QueueWithDlq;
import com.benchcrm.infra.database.AuroraDatabase;
import com.benchcrm.infra.database.DataStack;
import com.benchcrm.infra.nag.Suppress;
import com.benchcrm.infra.platform.PlatformStack;
import com.benchcrm.infra.search.Embeddings;
import com.benchcrm.infra.search.VectorCollection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSourceProps;
import software.amazon.awscdk.services.opensearchserverless.CfnAccessPolicy;
import software.constructs.Construct;

/**
 * Recommendations (issue 4): the matching functions ({@code functions/matching}), two functions from one
 * artifact, each on its queue of {@code events/rules/routing.json} with partial batch responses, and
 * the provider of the tenants' vector indexes.
 *
 * <ul>
 *   <li>{@code embed} on the {@code embed} queue, {@value #EMBED_BATCH_SIZE} messages per invocation:
 *       embeds requirements and consultants with Bedrock Titan v2 and writes the vectors to the
 *       tenant's index.</li>
 *   <li>{@code match} on the {@code match} queue, {@value #MATCH_BATCH_SIZE} per invocation: k-NN in the
 *       tenant's index, re-rank, and {@code RecommendationsReady} in the outbox (SQL).</li>
 *   <li>{@link TenantVectorIndexes}: creates each tenant's index ({@link TenantVectorIndex}, in the
 *       tenants stack).</li>
 * </ul>
 *
 * <p>A message a function reports failed is received again; after the queue's {@code maxReceiveCount}
 * SQS moves it to the queue's DLQ. The functions may also send a message they know is poison straight
 * to the DLQ ({@code BENCHCRM_*_DLQ_URL}, {@code BENCHCRM_MAX_RECEIVES} tells them the redrive count).
 * Environment variables are the contract of {@code com.benchcrm.function.matching} (names below).
 */
public final class MatchingStack extends Stack {

    public static final String HANDLER =
            "org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest";
    static final String MAIN_CLASS = "com.benchcrm.function.matching.MatchingApplication";
    /** Texts per embed invocation: Titan v2 embeds one per call, up to 8 calls in flight. */
    public static final int EMBED_BATCH_SIZE = 10;
    /** Requirements per match invocation: each is a k-NN query, a re-rank and a transaction. */
    public static final int MATCH_BATCH_SIZE = 2;
    /** Concurrent invocations per queue: bounds Data API, Bedrock and OCU load from a burst. */
    public static final int MAX_CONCURRENCY = 5;

    private final JavaFunction embed;
    private final JavaFunction match;
    private final TenantVectorIndexes tenantIndexes;
    private final CfnAccessPolicy vectorAccess;
    private final JavaFunction modelTraining;
    private final software.amazon.awscdk.services.iam.Role modelTrainingScheduleRole;

    static final String MODEL_TRAINING_MAIN_CLASS = "com.benchcrm.function.modeltraining.ModelTrainingApplication";
    /** The namespace, metric and dimension the model-training function publishes drift under (ADR 0078). */
    public static final String DRIFT_NAMESPACE = JavaFunction.METRICS_NAMESPACE;

    public static final String DRIFT_METRIC = "SuccessModelDriftMaxPsi";
    public static final String DRIFT_SERVICE = "model-training";

    public MatchingStack(
            Construct scope,
            String id,
            StackProps props,
            DeploymentConfig config,
            PlatformStack platform,
            DataStack data,
            Code matchingCode,
            Code provisioningCode,
            Code modelTrainingCode) {
        super(scope, id, props);
        AuroraDatabase db = data.database();
        VectorCollection vectors = platform.vectors();
        EventRouting routing = EventRouting.load();

        this.embed = queueConsumer(
                "Embed",
                "embed",
                "BENCHCRM_EMBED_DLQ_URL",
                platform.events().embedQueue(),
                routing.queue("embed").maxReceiveCount(),
                EMBED_BATCH_SIZE,
                1024,
                "BenchCRM embed: requirement and consultant texts to vectors in the tenant's index",
                config,
                platform,
                db,
                matchingCode);
        this.match = queueConsumer(
                "Match",
                "match",
                "BENCHCRM_MATCH_DLQ_URL",
                platform.events().matchQueue(),
                routing.queue("match").maxReceiveCount(),
                MATCH_BATCH_SIZE,
                1536,
                "BenchCRM match: a requirement's recommendations (k-NN, re-rank, RecommendationsReady)",
                config,
                platform,
                db,
                matchingCode);
        this.tenantIndexes = new TenantVectorIndexes(
                this,
                "TenantVectorIndexes",
                provisioningCode,
                vectors,
                platform.keys().logsKey(),
                platform.events().asyncFailures());

        this.vectorAccess = vectors.grantIndexAccess(
                this,
                "VectorAccess",
                config.deployment() + "-vec-match",
                Map.of(
                        VectorCollection.IndexAccess.READ_WRITE, List.of(embed.role()),
                        VectorCollection.IndexAccess.READ, List.of(match.role()),
                        VectorCollection.IndexAccess.CREATE_INDEX,
                                List.of(tenantIndexes.function().role())));

        // The weekly success-model training and drift (ADRs 0076-0078): one invocation per tenant from that tenant's
        // EventBridge Scheduler schedule (tenants stack); reads the database, writes the model registry, publishes
        // the drift metric (EMF). No queues, no Bedrock, no vectors.
        Map<String, String> env = new LinkedHashMap<>();
        env.put("MAIN_CLASS", MODEL_TRAINING_MAIN_CLASS);
        env.put("SPRING_CLOUD_FUNCTION_DEFINITION", "modelTraining");
        env.put("BENCHCRM_SQL_MODE", "rdsdata");
        env.put("BENCHCRM_DB_RESOURCE_ARN", db.cluster().getClusterArn());
        env.put("BENCHCRM_DB_SECRET_ARN", db.appSecret().getSecretArn());
        env.put("BENCHCRM_DB_NAME", AuroraDatabase.DATABASE);
        env.put("BENCHCRM_MODELS_BUCKET", platform.models().bucket().getBucketName());
        this.modelTraining = new JavaFunction(
                this,
                "ModelTraining",
                JavaFunction.Props.builder()
                        .description(
                                "BenchCRM success model: drift of the active model, then weekly training per tenant")
                        .code(modelTrainingCode)
                        .handler(HANDLER)
                        .serviceName(DRIFT_SERVICE)
                        // XGBoost and 5-fold cross-validation: more memory is more CPU
                        .memorySize(2048)
                        .timeout(Duration.minutes(15))
                        .environment(env)
                        .logKey(platform.keys().logsKey())
                        .onFailure(platform.events().asyncFailures())
                        .retryAttempts(1)
                        .build());
        db.grantDataApiAccess(modelTraining.role());
        platform.models().grantRead(modelTraining.role());
        platform.models().grantRegister(modelTraining.role());
        Suppress.on(
                modelTraining.role(),
                "IAM5",
                "The training job reads and writes every tenant's success models under models/<tenant id>/ of the model "
                        + "registry bucket (GetObject, PutObject; ListBucket limited to that prefix); the KMS action families "
                        + "come from CDK's grant to send failed invocations to the encrypted async-failures queue.",
                "Action::kms:GenerateDataKey*",
                "Action::kms:ReEncrypt*",
                Suppress.matching("^Resource::<.*\\.Arn>\\/models\\/\\*$"));
        this.modelTrainingScheduleRole = software.amazon.awscdk.services.iam.Role.Builder.create(
                        this, "ModelTrainingScheduleRole")
                .assumedBy(new software.amazon.awscdk.services.iam.ServicePrincipal("scheduler.amazonaws.com"))
                .description("Lets the tenants' EventBridge Scheduler schedules invoke the model-training function")
                .build();
        modelTraining.alias().grantInvoke(modelTrainingScheduleRole);
        platform.events().asyncFailures().grantSendMessages(modelTrainingScheduleRole);
        Suppress.on(
                modelTrainingScheduleRole,
                "IAM5",
                "CDK's grants: invoking the model-training function's live alias (its ARN with :*) and sending to the "
                        + "KMS-encrypted async-failures queue (the KMS action families on the data key only).",
                "Action::kms:GenerateDataKey*",
                "Action::kms:ReEncrypt*",
                Suppress.matching("^Resource::<ModelTraining.*>:\\*$"),
                Suppress.matching("^Resource::<.*\\.Arn>:\\*$"));
    }

    /** The weekly training and drift function (ADR 0077). */
    public JavaFunction modelTraining() {
        return modelTraining;
    }

    /** The role the tenants' schedules invoke {@link #modelTraining()} with. */
    public software.amazon.awscdk.services.iam.IRole modelTrainingScheduleRole() {
        return modelTrainingScheduleRole;
    }

    private JavaFunction queueConsumer(
            String id,
            String definition,
            String dlqVariable,
            QueueWithDlq queue,
            int maxReceives,
            int batchSize,
            int memory,
            String description,
            DeploymentConfig config,
            PlatformStack platform,
            AuroraDatabase db,
            Code code) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("MAIN_CLASS", MAIN_CLASS);
        env.put("SPRING_CLOUD_FUNCTION_DEFINITION", definition);
        env.put("BENCHCRM_SQL_MODE", "rdsdata");
        env.put("BENCHCRM_DB_RESOURCE_ARN", db.cluster().getClusterArn());
        env.put("BENCHCRM_DB_SECRET_ARN", db.appSecret().getSecretArn());
        env.put("BENCHCRM_DB_NAME", AuroraDatabase.DATABASE);
        env.putAll(Embeddings.environment(config.search()));
        env.putAll(platform.vectors().clientEnvironment());
        env.put(dlqVariable, queue.deadLetterQueue().getQueueUrl());
        env.put("BENCHCRM_MAX_RECEIVES", Integer.toString(maxReceives));
        JavaFunction fn = new JavaFunction(
                this,
                id,
                JavaFunction.Props.builder()
                        .description(description)
                        .code(code)
                        .handler(HANDLER)
                        .serviceName(definition)
                        .memorySize(memory)
                        // the queues' visibility timeout (360 s) is six times this: SQS's rule for Lambda consumers
                        .timeout(Duration.seconds(60))
                        .environment(env)
                        .logKey(platform.keys().logsKey())
                        .build());
        db.grantDataApiAccess(fn.role());
        Embeddings.grantInvoke(fn.role(), config.search());
        queue.deadLetterQueue().grantSendMessages(fn.role());
        Suppress.on(
                fn.role(),
                "IAM5",
                "CDK's grant to send to the KMS-encrypted DLQ of the " + definition + " queue (poison "
                        + "messages) names the KMS action families (GenerateDataKey*, ReEncrypt*) on the data key's ARN only.",
                "Action::kms:GenerateDataKey*",
                "Action::kms:ReEncrypt*");
        fn.alias()
                .addEventSource(new SqsEventSource(
                        queue.queue(),
                        SqsEventSourceProps.builder()
                                .batchSize(batchSize)
                                .reportBatchItemFailures(true)
                                .maxConcurrency(MAX_CONCURRENCY)
                                .build()));
        return fn;
    }

    public JavaFunction embed() {
        return embed;
    }

    public JavaFunction match() {
        return match;
    }

    public TenantVectorIndexes tenantIndexes() {
        return tenantIndexes;
    }

    /** The data access policy of the embed, match and tenant index functions. */
    public CfnAccessPolicy vectorAccess() {
        return vectorAccess;
    }
}

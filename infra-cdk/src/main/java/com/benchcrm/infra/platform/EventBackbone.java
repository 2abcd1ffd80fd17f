package com.benchcrm.infra.platform;

import com.benchcrm.infra.constructs.QueueWithDlq;
import com.benchcrm.infra.nag.Suppress;
import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import java.util.Map;
import software.amazon.awscdk.services.events.Archive;
import software.amazon.awscdk.services.events.CfnArchive;
import software.amazon.awscdk.services.events.CfnEventBus;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.events.EventBus;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.IEventBus;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.sqs.IQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * How work moves between capabilities: the custom event bus (domain events: RequirementImported,
 * RecommendationsReady, ...) with an archive for replay, the SQS work queues its rules will feed,
 * and the queue where failed asynchronous invocations land.
 *
 * <p>The consumers (embed and match functions, webhook delivery, issues 4 and 5) and the EventBridge
 * rules that route events to these queues are added with those functions; each is then a
 * {@code JavaFunction} with an SQS event source on one of these queues.
 */
public final class EventBackbone extends Construct {

    private final EventBus bus;
    private final QueueWithDlq embedQueue;
    private final QueueWithDlq matchQueue;
    private final QueueWithDlq webhookQueue;
    private final Queue asyncFailures;

    public EventBackbone(Construct scope, String id, String deployment, IKey dataKey) {
        super(scope, id);
        String busName = deployment + "-events";
        this.bus = EventBus.Builder.create(this, "Bus")
                .eventBusName(busName)
                .description("BenchCRM domain events")
                .build();
        Archive archive = Archive.Builder.create(this, "Archive")
                .sourceEventBus(bus)
                .archiveName(busName)
                .description("Every BenchCRM domain event, for replay after a consumer fix")
                .eventPattern(EventPattern.builder().account(List.of(Stack.of(this).getAccount())).build())
                .retention(Duration.days(90))
                .build();
        // Both encrypted with the data key. Not through the L2 kmsKey props: their key-policy
        // statements reference the bus's ARN attribute while the bus references the key, a cycle
        // CloudFormation refuses. The statement below names the bus by its (fixed) ARN instead.
        ((CfnEventBus) bus.getNode().getDefaultChild()).setKmsKeyIdentifier(dataKey.getKeyArn());
        ((CfnArchive) archive.getNode().getDefaultChild()).setKmsKeyIdentifier(dataKey.getKeyArn());
        Stack stack = Stack.of(this);
        String busArn = "arn:" + stack.getPartition() + ":events:" + stack.getRegion() + ":" + stack.getAccount()
                + ":event-bus/" + busName;
        dataKey.addToResourcePolicy(PolicyStatement.Builder.create()
                .sid("AllowEventBridgeForTheBus")
                .principals(List.of(new ServicePrincipal("events.amazonaws.com")))
                .actions(List.of("kms:Decrypt", "kms:GenerateDataKey", "kms:ReEncrypt*"))
                .resources(List.of("*"))
                .conditions(Map.of("StringEquals", Map.of("aws:SourceAccount", stack.getAccount(),
                        "kms:EncryptionContext:aws:events:event-bus:arn", busArn)))
                .build());
        dataKey.addToResourcePolicy(PolicyStatement.Builder.create()
                .sid("AllowEventBridgeDescribeKey")
                .principals(List.of(new ServicePrincipal("events.amazonaws.com")))
                .actions(List.of("kms:DescribeKey"))
                .resources(List.of("*"))
                .conditions(Map.of("StringEquals", Map.of("aws:SourceAccount", stack.getAccount())))
                .build());

        this.embedQueue = new QueueWithDlq(this, "EmbedQueue", QueueWithDlq.Props.builder()
                .encryptionKey(dataKey).visibilityTimeout(Duration.minutes(6)).maxReceiveCount(5).build());
        this.matchQueue = new QueueWithDlq(this, "MatchQueue", QueueWithDlq.Props.builder()
                .encryptionKey(dataKey).visibilityTimeout(Duration.minutes(6)).maxReceiveCount(3).build());
        this.webhookQueue = new QueueWithDlq(this, "WebhookQueue", QueueWithDlq.Props.builder()
                .encryptionKey(dataKey).visibilityTimeout(Duration.minutes(3)).maxReceiveCount(8)
                .retention(Duration.days(4)).build());

        // Terminal: Lambda's on-failure destination for asynchronous invocations (SES, EventBridge,
        // CloudFormation). It is itself a dead-letter queue, so it has none.
        this.asyncFailures = Queue.Builder.create(this, "AsyncFailures")
                .encryption(QueueEncryption.KMS)
                .encryptionMasterKey(dataKey)
                .retentionPeriod(QueueWithDlq.DLQ_RETENTION)
                .enforceSsl(true)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        Suppress.on(asyncFailures, "SQS3", "This queue is the terminal on-failure destination of asynchronous "
                + "Lambda invocations, a dead-letter queue in all but name; it has no DLQ of its own.");
    }

    public IEventBus bus() {
        return bus;
    }

    /** Requirements and consultants to embed (EventBridge RequirementImported/ConsultantChanged -> embed fn). */
    public QueueWithDlq embedQueue() {
        return embedQueue;
    }

    /** Requirements to match against the bench (-> match fn). */
    public QueueWithDlq matchQueue() {
        return matchQueue;
    }

    /** Partner webhook deliveries (-> webhook delivery fn), retried with back-off by SQS. */
    public QueueWithDlq webhookQueue() {
        return webhookQueue;
    }

    /** On-failure destination of every asynchronously invoked function. */
    public IQueue asyncFailures() {
        return asyncFailures;
    }
}

package com.benchcrm.infra.platform;

import com.benchcrm.events.EventRouting;
import com.benchcrm.infra.constructs.QueueWithDlq;
import com.benchcrm.infra.nag.Suppress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.events.Archive;
import software.amazon.awscdk.services.events.CfnArchive;
import software.amazon.awscdk.services.events.CfnEventBus;
import software.amazon.awscdk.services.events.EventBus;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.IEventBus;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.targets.SqsQueue;
import software.amazon.awscdk.services.events.targets.SqsQueueProps;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.sqs.IQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * How work moves between capabilities: the custom event bus (domain events: RequirementImported,
 * RecommendationsReady, ...) with an archive for replay, the SQS work queues and the EventBridge
 * rules that feed them, and the queue where failed asynchronous invocations land.
 *
 * <p>Queues and rules come from {@code events/rules/routing.json} ({@link EventRouting}), the file
 * the embedded stack's bus evaluates too: one definition of routing for both. Each queue gets its
 * DLQ and redrive from the file; each rule's pattern is written into the template as it is in the
 * file (EventBridge's JSON syntax, content filters included). EventBridge retries a target for 24
 * hours and then puts the event on the async-failures queue, so an event the bus accepted is not
 * lost when a queue refuses it. Consumers are {@code JavaFunction}s with an SQS event source on a
 * queue ({@code events.EventsStack} for the webhook queue; issue 4's embed and match functions).
 */
public final class EventBackbone extends Construct {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private final EventBus bus;
    private final Map<String, QueueWithDlq> queues = new LinkedHashMap<>();
    private final Map<String, Rule> rules = new LinkedHashMap<>();
    private final QueueWithDlq embedQueue;
    private final QueueWithDlq matchQueue;
    private final QueueWithDlq notifyQueue;
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
                .eventPattern(EventPattern.builder()
                        .account(List.of(Stack.of(this).getAccount()))
                        .build())
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
                .conditions(Map.of(
                        "StringEquals",
                        Map.of(
                                "aws:SourceAccount",
                                stack.getAccount(),
                                "kms:EncryptionContext:aws:events:event-bus:arn",
                                busArn)))
                .build());
        dataKey.addToResourcePolicy(PolicyStatement.Builder.create()
                .sid("AllowEventBridgeDescribeKey")
                .principals(List.of(new ServicePrincipal("events.amazonaws.com")))
                .actions(List.of("kms:DescribeKey"))
                .resources(List.of("*"))
                .conditions(Map.of("StringEquals", Map.of("aws:SourceAccount", stack.getAccount())))
                .build());

        // Terminal: Lambda's on-failure destination for asynchronous invocations (SES, EventBridge,
        // CloudFormation), and where EventBridge puts events it could not deliver to a target. It is
        // itself a dead-letter queue, so it has none.
        this.asyncFailures = Queue.Builder.create(this, "AsyncFailures")
                .encryption(QueueEncryption.KMS)
                .encryptionMasterKey(dataKey)
                .retentionPeriod(QueueWithDlq.DLQ_RETENTION)
                .enforceSsl(true)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();

        EventRouting routing = EventRouting.load();
        for (EventRouting.Queue q : routing.queues().values()) {
            queues.put(
                    q.name(),
                    new QueueWithDlq(
                            this,
                            constructId(q.name()) + "Queue",
                            QueueWithDlq.Props.builder()
                                    .encryptionKey(dataKey)
                                    .visibilityTimeout(Duration.seconds(q.visibilityTimeoutSeconds()))
                                    .maxReceiveCount(q.maxReceiveCount())
                                    .retention(Duration.days(q.retentionDays()))
                                    .build()));
        }
        this.embedQueue = queue("embed");
        this.matchQueue = queue("match");
        this.notifyQueue = queue("notify");
        this.webhookQueue = queue("webhook");
        for (EventRouting.Rule r : routing.rules()) {
            Rule rule = Rule.Builder.create(this, constructId(r.name()) + "Rule")
                    .eventBus(bus)
                    .description(r.description())
                    // a placeholder the override below replaces with the file's pattern, verbatim
                    .eventPattern(
                            EventPattern.builder().source(List.of("benchcrm")).build())
                    .targets(List.of(new SqsQueue(
                            queue(r.target()).queue(),
                            SqsQueueProps.builder()
                                    .deadLetterQueue(asyncFailures)
                                    .retryAttempts(185)
                                    .maxEventAge(Duration.hours(24))
                                    .build())))
                    .build();
            ((software.amazon.awscdk.services.events.CfnRule) rule.getNode().getDefaultChild())
                    .addPropertyOverride("EventPattern", JSON.convertValue(r.pattern(), Map.class));
            rules.put(r.name(), rule);
        }

        Suppress.on(
                asyncFailures,
                "SQS3",
                "This queue is the terminal on-failure destination of asynchronous "
                        + "Lambda invocations, a dead-letter queue in all but name; it has no DLQ of its own.");
    }

    public IEventBus bus() {
        return bus;
    }

    /** A work queue of the routing file, by name. */
    public QueueWithDlq queue(String name) {
        QueueWithDlq q = queues.get(name);
        if (q == null) {
            throw new IllegalArgumentException("no queue " + name + " in " + EventRouting.RESOURCE);
        }
        return q;
    }

    /** The EventBridge rules of the routing file, by name. */
    public Map<String, Rule> rules() {
        return java.util.Collections.unmodifiableMap(rules);
    }

    /** {@code webhook} becomes {@code Webhook}, {@code dead-letters} {@code DeadLetters}: construct ids as before the file. */
    static String constructId(String name) {
        StringBuilder id = new StringBuilder();
        for (String part : name.split("-")) {
            id.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
        }
        return id.toString();
    }

    /** Requirements and consultants to embed (EventBridge RequirementImported/ConsultantChanged -> embed fn). */
    public QueueWithDlq embedQueue() {
        return embedQueue;
    }

    /** Requirements to match against the bench (-> match fn). */
    public QueueWithDlq matchQueue() {
        return matchQueue;
    }

    /** Events that notify users (-> notify fn, functions/notifications). */
    public QueueWithDlq notifyQueue() {
        return notifyQueue;
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

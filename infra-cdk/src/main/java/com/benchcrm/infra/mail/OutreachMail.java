package com.benchcrm.infra.mail;

import com.benchcrm.infra.constructs.QueueWithDlq;
import com.benchcrm.infra.nag.Suppress;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.amazon.awscdk.services.sns.ITopic;
import software.amazon.awscdk.services.sns.Subscription;
import software.amazon.awscdk.services.sns.SubscriptionProtocol;
import software.amazon.awscdk.services.sns.Topic;
import software.constructs.Construct;

/**
 * What the deployment's marketing mail shares across tenants (ADR 0099): the SNS topic every tenant's SES
 * configuration set publishes its bounces and complaints to (KMS-encrypted with the data key), subscribed by
 * the {@code feedback} work queue (SNS's envelope, not raw delivery: the {@code outreachFeedback} consumer reads
 * both, and the envelope keeps the topic in the message), and the unsubscribe secret the HTTP API and the
 * outreach sender derive the links' tokens from (generated, the data key, never rotated: a rotation would
 * void every link in mail already sent, ADR 0091).
 *
 * <p>Only SES of this account may publish, and only for a configuration set of this deployment
 * ({@code <deployment>-*}); the feedback queue takes messages from this topic only (the subscription's queue
 * policy, {@code aws:SourceArn}).
 *
 * <pre>{@code
 * OutreachMail mail = new OutreachMail(this, "OutreachMail", "benchcrm-prod", keys.dataKey(), events.queue("feedback"));
 * mail.grantReadUnsubscribeSecret(fn.role());
 * }</pre>
 */
public final class OutreachMail extends Construct {

    private final Topic feedbackTopic;
    private final Secret unsubscribeSecret;
    private final IKey dataKey;

    public OutreachMail(Construct scope, String id, String deployment, IKey dataKey, QueueWithDlq feedbackQueue) {
        super(scope, id);
        this.dataKey = dataKey;
        Stack stack = Stack.of(this);
        this.feedbackTopic = Topic.Builder.create(this, "FeedbackTopic")
                .topicName(deployment + "-mail-feedback")
                .displayName("BenchCRM " + deployment + " SES bounces and complaints")
                .masterKey(dataKey)
                .enforceSsl(true)
                .build();
        String configurationSets = "arn:" + stack.getPartition() + ":ses:" + stack.getRegion() + ":"
                + stack.getAccount() + ":configuration-set/" + deployment + "-*";
        feedbackTopic.addToResourcePolicy(PolicyStatement.Builder.create()
                .sid("AllowSesConfigurationSetsOfThisDeployment")
                .principals(List.of(new ServicePrincipal("ses.amazonaws.com")))
                .actions(List.of("sns:Publish"))
                .resources(List.of(feedbackTopic.getTopicArn()))
                .conditions(Map.of(
                        "StringEquals",
                        Map.of("aws:SourceAccount", stack.getAccount()),
                        "ArnLike",
                        Map.of("aws:SourceArn", configurationSets)))
                .build());
        // SES encrypts what it publishes to the encrypted topic with the data key
        dataKey.addToResourcePolicy(PolicyStatement.Builder.create()
                .sid("AllowSesToPublishMailFeedback")
                .principals(List.of(new ServicePrincipal("ses.amazonaws.com")))
                .actions(List.of("kms:GenerateDataKey*", "kms:Decrypt"))
                .resources(List.of("*"))
                .conditions(Map.of(
                        "StringEquals",
                        Map.of("aws:SourceAccount", stack.getAccount()),
                        "ArnLike",
                        Map.of("aws:SourceArn", configurationSets)))
                .build());
        // The subscription by hand rather than CDK's SqsSubscription, whose key statement for SNS has no condition
        // (and whose conditioned variant names the topic's ARN attribute in the key policy, while the topic names
        // the key: a cycle). The topic's ARN is fixed by its name, so the conditions name it as a string.
        String topicArn = "arn:" + stack.getPartition() + ":sns:" + stack.getRegion() + ":" + stack.getAccount() + ":"
                + deployment + "-mail-feedback";
        feedbackQueue
                .queue()
                .addToResourcePolicy(PolicyStatement.Builder.create()
                        .sid("AllowTheFeedbackTopicOnly")
                        .principals(List.of(new ServicePrincipal("sns.amazonaws.com")))
                        .actions(List.of("sqs:SendMessage"))
                        .resources(List.of(feedbackQueue.queue().getQueueArn()))
                        .conditions(Map.of("ArnEquals", Map.of("aws:SourceArn", feedbackTopic.getTopicArn())))
                        .build());
        // SNS encrypts what it delivers to the encrypted queue with the data key, for this topic only
        dataKey.addToResourcePolicy(PolicyStatement.Builder.create()
                .sid("AllowSnsForTheMailFeedbackTopic")
                .principals(List.of(new ServicePrincipal("sns.amazonaws.com")))
                .actions(List.of("kms:GenerateDataKey*", "kms:Decrypt"))
                .resources(List.of("*"))
                .conditions(Map.of("ArnEquals", Map.of("aws:SourceArn", topicArn)))
                .build());
        Subscription subscription = Subscription.Builder.create(this, "FeedbackQueueSubscription")
                .topic(feedbackTopic)
                .protocol(SubscriptionProtocol.SQS)
                .endpoint(feedbackQueue.queue().getQueueArn())
                .rawMessageDelivery(false)
                .build();
        subscription.getNode().addDependency(feedbackQueue.queue());

        this.unsubscribeSecret = Secret.Builder.create(this, "UnsubscribeSecret")
                .secretName(deployment + "/unsubscribe")
                .description("BenchCRM " + deployment
                        + ": the key the one-click unsubscribe links derive from (HTTP API and outreach sender)")
                .encryptionKey(dataKey)
                .generateSecretString(SecretStringGenerator.builder()
                        .passwordLength(64)
                        .excludePunctuation(true)
                        .includeSpace(false)
                        .build())
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        Suppress.on(
                unsubscribeSecret,
                "SMG4",
                "The unsubscribe links in mail already sent are signed with keys derived from this secret (RFC 8058"
                        + " one-click, ADR 0091); rotating it would void every one of them, so it is never rotated.");
    }

    /**
     * Lets {@code role} read the unsubscribe secret: {@code secretsmanager:GetSecretValue} on this secret only, and
     * {@code kms:Decrypt} on the data key only through Secrets Manager. In the role's own policy (not CDK's
     * {@code grantRead}, whose key-policy statement would name the role in the platform stack: a dependency cycle).
     */
    public void grantReadUnsubscribeSecret(software.amazon.awscdk.services.iam.IRole role) {
        Stack stack = Stack.of(this);
        role.addToPrincipalPolicy(PolicyStatement.Builder.create()
                .actions(List.of("secretsmanager:GetSecretValue"))
                .resources(List.of(unsubscribeSecret.getSecretArn()))
                .build());
        role.addToPrincipalPolicy(PolicyStatement.Builder.create()
                .actions(List.of("kms:Decrypt"))
                .resources(List.of(dataKey.getKeyArn()))
                .conditions(Map.of(
                        "StringEquals",
                        Map.of("kms:ViaService", "secretsmanager." + stack.getRegion() + ".amazonaws.com")))
                .build());
    }

    /** Where the tenants' configuration sets send bounces and complaints. */
    public ITopic feedbackTopic() {
        return feedbackTopic;
    }

    /** The deployment's unsubscribe secret (read at start by the HTTP API and the outreach sender). */
    public ISecret unsubscribeSecret() {
        return unsubscribeSecret;
    }
}

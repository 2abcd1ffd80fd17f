package com.benchcrm.infra.mail;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.Policy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.ses.CfnConfigurationSet;
import software.amazon.awscdk.services.ses.CfnConfigurationSetEventDestination;
import software.amazon.awscdk.services.ses.CfnEmailIdentity;
import software.constructs.Construct;

/**
 * One tenant's outbound marketing mail in SES (ADR 0099), from its tenants-file {@code marketing}: its
 * configuration set ({@code <deployment>-<slug>}, the name the outreach sender derives from the slug), whose
 * event destination publishes the tenant's bounces and complaints to the deployment's feedback topic; its
 * sending domain's identity (Easy DKIM, 2048-bit keys, that configuration set by default); and the outreach
 * sender's right to send as that tenant: {@code ses:SendEmail} and {@code ses:SendRawEmail} on this identity
 * and this configuration set only, from the tenant's {@code fromAddress} (or any address at its domain).
 *
 * <pre>{@code
 * new TenantSending(this, "Sending", new TenantSending.Props("benchcrm-prod-acme", "mail.acme.example",
 *         "bench@mail.acme.example", feedbackTopicArn, senderRole));
 * }</pre>
 */
public final class TenantSending extends Construct {

    /** The SES events that come back to the tenant (its suppression list, ADR 0091). */
    public static final List<String> FEEDBACK_EVENTS = List.of("bounce", "complaint");

    /**
     * @param configurationSet the configuration set's name ({@code DeploymentConfig.configurationSetName})
     * @param sendingDomain    the tenant's verified sending domain
     * @param fromAddress      the only From address allowed, or null for any address at the domain
     * @param feedbackTopicArn the deployment's feedback topic
     * @param sender           the outreach sender function's role
     */
    public record Props(
            String configurationSet, String sendingDomain, String fromAddress, String feedbackTopicArn, IRole sender) {
        public Props {
            Objects.requireNonNull(configurationSet, "configurationSet");
            Objects.requireNonNull(sendingDomain, "sendingDomain");
            Objects.requireNonNull(feedbackTopicArn, "feedbackTopicArn");
            Objects.requireNonNull(sender, "sender");
        }
    }

    private final CfnConfigurationSet configurationSet;
    private final CfnEmailIdentity identity;
    private final Policy sendPolicy;

    public TenantSending(Construct scope, String id, Props props) {
        super(scope, id);
        this.configurationSet = CfnConfigurationSet.Builder.create(this, "ConfigurationSet")
                .name(props.configurationSet())
                .reputationOptions(CfnConfigurationSet.ReputationOptionsProperty.builder()
                        .reputationMetricsEnabled(true)
                        .build())
                .sendingOptions(CfnConfigurationSet.SendingOptionsProperty.builder()
                        .sendingEnabled(true)
                        .build())
                .suppressionOptions(CfnConfigurationSet.SuppressionOptionsProperty.builder()
                        .suppressedReasons(List.of("BOUNCE", "COMPLAINT"))
                        .build())
                .build();
        CfnConfigurationSetEventDestination destination = CfnConfigurationSetEventDestination.Builder.create(
                        this, "Feedback")
                .configurationSetName(configurationSet.getRef())
                .eventDestination(CfnConfigurationSetEventDestination.EventDestinationProperty.builder()
                        .name("feedback")
                        .enabled(true)
                        .matchingEventTypes(FEEDBACK_EVENTS)
                        .snsDestination(CfnConfigurationSetEventDestination.SnsDestinationProperty.builder()
                                .topicArn(props.feedbackTopicArn())
                                .build())
                        .build())
                .build();
        destination.addDependency(configurationSet);
        this.identity = CfnEmailIdentity.Builder.create(this, "Identity")
                .emailIdentity(props.sendingDomain())
                .configurationSetAttributes(CfnEmailIdentity.ConfigurationSetAttributesProperty.builder()
                        .configurationSetName(configurationSet.getRef())
                        .build())
                .dkimSigningAttributes(CfnEmailIdentity.DkimSigningAttributesProperty.builder()
                        .nextSigningKeyLength("RSA_2048_BIT")
                        .build())
                .dkimAttributes(CfnEmailIdentity.DkimAttributesProperty.builder()
                        .signingEnabled(true)
                        .build())
                .build();

        Stack stack = Stack.of(this);
        String ses = "arn:" + stack.getPartition() + ":ses:" + stack.getRegion() + ":" + stack.getAccount() + ":";
        Map<String, Object> from = props.fromAddress() == null
                ? Map.of("StringLike", Map.of("ses:FromAddress", "*@" + props.sendingDomain()))
                : Map.of("StringEquals", Map.of("ses:FromAddress", props.fromAddress()));
        this.sendPolicy = Policy.Builder.create(this, "SendPolicy")
                .roles(List.of(props.sender()))
                .statements(List.of(PolicyStatement.Builder.create()
                        .sid("SendAsTheTenant")
                        .actions(List.of("ses:SendEmail", "ses:SendRawEmail"))
                        .resources(List.of(
                                ses + "identity/" + props.sendingDomain(),
                                ses + "configuration-set/" + props.configurationSet()))
                        .conditions(from)
                        .build()))
                .build();
    }

    public CfnConfigurationSet configurationSet() {
        return configurationSet;
    }

    public CfnEmailIdentity identity() {
        return identity;
    }

    public Policy sendPolicy() {
        return sendPolicy;
    }
}

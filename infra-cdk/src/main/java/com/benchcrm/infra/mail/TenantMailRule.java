package com.benchcrm.infra.mail;

import com.benchcrm.infra.nag.Suppress;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.interfaces.ses.IReceiptRuleRef;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.ses.CfnReceiptRule;
import software.amazon.awscdk.services.ses.IReceiptRule;
import software.amazon.awscdk.services.ses.IReceiptRuleAction;
import software.amazon.awscdk.services.ses.IReceiptRuleSet;
import software.amazon.awscdk.services.ses.ReceiptRule;
import software.amazon.awscdk.services.ses.ReceiptRuleActionConfig;
import software.amazon.awscdk.services.ses.S3ActionConfig;
import software.amazon.awscdk.services.ses.TlsPolicy;
import software.amazon.awscdk.services.ses.actions.LambdaInvocationType;
import software.amazon.awscdk.services.ses.actions.LambdaProps;
import software.constructs.Construct;

/**
 * One tenant's receipt rule: mail to {@code <slug>@<ingest domain>} (TLS required, spam and virus
 * scanning on) is stored in the raw-mail bucket under {@code raw/<slug>/}, encrypted by SES with the
 * tenant's own key before it is written (on top of the bucket's SSE-KMS).
 *
 * <p>SES writes as a role of this tenant only (the S3 action's {@code IamRoleArn}): it may put
 * objects under this tenant's prefix and encrypt with this tenant's key, nothing else, and only SES
 * acting for this very rule can assume it. So there is no bucket-policy statement per tenant.
 *
 * <p>The e-mail ingest function is the rule's second action ({@link #thenInvoke}): SES invokes it
 * asynchronously once the message is stored, with the receipt event (message id, recipients,
 * verdicts); the function reads {@code raw/<slug>/<message id>}.
 */
public final class TenantMailRule extends Construct {

    /** The rule's inputs. */
    public record Props(
            IReceiptRuleSet ruleSet,
            String ruleSetName,
            String ruleName,
            String recipient,
            IBucket bucket,
            String prefix,
            IKey tenantKey,
            IReceiptRuleRef after) {
        public Props {
            Objects.requireNonNull(ruleSet, "ruleSet");
            Objects.requireNonNull(ruleSetName, "ruleSetName");
            Objects.requireNonNull(bucket, "bucket");
            Objects.requireNonNull(tenantKey, "tenantKey");
            if (ruleName == null || !ruleName.matches("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")) {
                throw new IllegalArgumentException("not an SES receipt rule name: " + ruleName);
            }
            if (recipient == null || !recipient.matches("^[a-z0-9][a-z0-9-]*@[a-z0-9.-]+$")) {
                throw new IllegalArgumentException("not an ingest address: " + recipient);
            }
            if (prefix == null || !prefix.startsWith("raw/") || !prefix.endsWith("/")) {
                throw new IllegalArgumentException("the prefix must be raw/<slug>/, not " + prefix);
            }
        }
    }

    private final ReceiptRule rule;
    private final Role writer;

    public TenantMailRule(Construct scope, String id, Props props) {
        super(scope, id);
        Stack stack = Stack.of(this);
        String ruleArn = "arn:" + stack.getPartition() + ":ses:" + stack.getRegion() + ":" + stack.getAccount()
                + ":receipt-rule-set/" + props.ruleSetName() + ":receipt-rule/" + props.ruleName();
        this.writer = Role.Builder.create(this, "SesWriter")
                .description("SES stores mail for " + props.recipient())
                .assumedBy(new ServicePrincipal("ses.amazonaws.com")
                        .withConditions(Map.of(
                                "StringEquals",
                                Map.of("aws:SourceAccount", stack.getAccount(), "aws:SourceArn", ruleArn))))
                .build();
        props.bucket().grantPut(writer, props.prefix() + "*");
        props.tenantKey().grantEncrypt(writer);
        Suppress.on(
                writer,
                "IAM5",
                "SES may write any message key under this tenant's prefix only (raw/<slug>/*); "
                        + "the S3 and KMS action families (s3:Abort*, kms:GenerateDataKey*, kms:ReEncrypt*) come from CDK's "
                        + "grantPut/grantEncrypt on this bucket and these two keys.",
                "Action::s3:Abort*",
                "Action::kms:GenerateDataKey*",
                "Action::kms:ReEncrypt*",
                Suppress.matching("^Resource::<.*\\.Arn>\\/" + props.prefix().replace("/", "\\/") + "\\*$"));

        this.rule = ReceiptRule.Builder.create(this, "Rule")
                .ruleSet(props.ruleSet())
                .receiptRuleName(props.ruleName())
                .recipients(List.of(props.recipient()))
                .after(props.after())
                .enabled(true)
                .scanEnabled(true)
                .tlsPolicy(TlsPolicy.REQUIRE)
                .actions(List.of(new StoreRawMail(
                        props.bucket().getBucketName(),
                        props.prefix(),
                        props.tenantKey().getKeyArn())))
                .build();
        // The S3 action's IamRoleArn has no L2 property yet: set it on the CloudFormation resource.
        ((CfnReceiptRule) rule.getNode().getDefaultChild())
                .addPropertyOverride("Rule.Actions.0.S3Action.IamRoleArn", writer.getRoleArn());
        // SES checks at creation that it can write with the role: the role's policy must exist first.
        rule.getNode().addDependency(writer);
    }

    /**
     * Adds the action that invokes {@code function} (its live alias) asynchronously after the
     * message is stored: SES does not wait for it, and Lambda retries and then sends the event to
     * the function's on-failure destination. Allows SES of this account to invoke the function.
     */
    public void thenInvoke(IFunction function) {
        rule.addAction(new software.amazon.awscdk.services.ses.actions.Lambda(LambdaProps.builder()
                .function(function)
                .invocationType(LambdaInvocationType.EVENT)
                .build()));
    }

    /** The rule: later actions (the ingest function) are added to it. */
    public IReceiptRule rule() {
        return rule;
    }

    public IRole writer() {
        return writer;
    }

    /** The S3 action without side effects on the bucket or key policies (the role carries the grants). */
    private static final class StoreRawMail implements IReceiptRuleAction {
        private final String bucketName;
        private final String prefix;
        private final String kmsKeyArn;

        StoreRawMail(String bucketName, String prefix, String kmsKeyArn) {
            this.bucketName = bucketName;
            this.prefix = prefix;
            this.kmsKeyArn = kmsKeyArn;
        }

        @Override
        public ReceiptRuleActionConfig bind(IReceiptRuleRef receiptRule) {
            return ReceiptRuleActionConfig.builder()
                    .s3Action(S3ActionConfig.builder()
                            .bucketName(bucketName)
                            .objectKeyPrefix(prefix)
                            .kmsKeyArn(kmsKeyArn)
                            .build())
                    .build();
        }
    }
}

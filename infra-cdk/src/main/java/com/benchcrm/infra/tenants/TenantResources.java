package com.benchcrm.infra.tenants;

import com.benchcrm.infra.config.DeploymentConfig;
import com.benchcrm.infra.config.TenantConfig;
import com.benchcrm.infra.constructs.TenantKey;
import com.benchcrm.infra.database.TenantRow;
import com.benchcrm.infra.mail.RawMailBucket;
import com.benchcrm.infra.mail.TenantMailRule;
import com.benchcrm.infra.matching.TenantVectorIndex;
import com.benchcrm.infra.webhooks.TenantWebhook;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awscdk.interfaces.ses.IReceiptRuleRef;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.ses.IReceiptRuleSet;
import software.constructs.Construct;

/**
 * Everything one tenant has of its own: its key, its ingest address's receipt rule (storing to
 * {@code raw/<slug>/}), its row in the tenant table, its k-NN index in the vector collection
 * (named by the row's tenant id; retained when the tenant is removed, as the key is), and its
 * declared partner webhooks ({@link TenantWebhook}, construct id {@code Webhook-<name>}: a signing
 * secret under the tenant's key, retained, and the subscription row, deleted with the declaration).
 * API throttling per tenant is not possible on an HTTP API (see {@code api.HttpApiEdge}); the HTTP
 * API function limits each tenant itself ({@code api.RateLimitTable}, ADR 0035), with the tenant's
 * limit item that its {@link TenantRateLimit} keeps (its {@code api} numbers, or the deployment's;
 * deleted with the tenant).
 *
 * <p>Per-tenant resources are added here, so they come and go with the tenant.
 */
public final class TenantResources extends Construct {

    /** What a tenant's resources need from the platform and data stacks. */
    public record Shared(
            DeploymentConfig config,
            IReceiptRuleSet ruleSet,
            String ruleSetName,
            IBucket rawMail,
            String migrationServiceToken,
            String migrationRoleArn,
            String vectorIndexServiceToken,
            String rateLimitServiceToken) {}

    private final TenantKey key;
    private final TenantMailRule mailRule;
    private final TenantRow row;
    private final TenantVectorIndex vectorIndex;
    private final TenantRateLimit rateLimit;
    private final List<TenantWebhook> webhooks = new ArrayList<>();
    private final TenantConfig tenant;
    private final Shared shared;
    private software.amazon.awscdk.services.scheduler.CfnSchedule modelTrainingSchedule;
    private com.benchcrm.infra.mail.TenantSending sending;

    /** @param after the previous tenant's rule (rules are created in file order), or null for the first */
    public TenantResources(Construct scope, String id, TenantConfig tenant, Shared shared, IReceiptRuleRef after) {
        super(scope, id);
        this.tenant = tenant;
        this.shared = shared;
        DeploymentConfig config = shared.config();
        this.key = new TenantKey(this, "Key", config.deployment(), tenant.slug());
        this.mailRule = new TenantMailRule(
                this,
                "Mail",
                new TenantMailRule.Props(
                        shared.ruleSet(),
                        shared.ruleSetName(),
                        config.ruleName(tenant.slug()),
                        config.ingestAddress(tenant.slug()),
                        shared.rawMail(),
                        RawMailBucket.tenantPrefix(tenant.slug()),
                        key.key(),
                        after));
        this.row = new TenantRow(
                this,
                "Row",
                shared.migrationServiceToken(),
                tenant.slug(),
                tenant.name(),
                tenant.settingsJson(),
                tenant.suspended());
        this.vectorIndex = new TenantVectorIndex(
                this, "VectorIndex", shared.vectorIndexServiceToken(), row.tenantId(), config.search());
        this.rateLimit = new TenantRateLimit(
                this, "RateLimit", shared.rateLimitServiceToken(), row.tenantId(), tenant.rateLimit(config.api()));
        for (var webhook : tenant.webhooks()) {
            webhooks.add(new TenantWebhook(
                    this,
                    "Webhook-" + webhook.name(),
                    TenantWebhook.Props.builder()
                            .deployment(config.deployment())
                            .slug(tenant.slug())
                            .tenantId(row.tenantId())
                            .tenantKey(key.key())
                            .serviceToken(shared.migrationServiceToken())
                            .migrationRoleArn(shared.migrationRoleArn())
                            .webhook(webhook)
                            .build()));
        }
    }

    public TenantKey key() {
        return key;
    }

    /** This tenant's model-training schedule (see {@link TenantsStack#modelTraining}). */
    software.amazon.awscdk.services.scheduler.CfnSchedule modelTrainingSchedule(
            software.amazon.awscdk.services.lambda.IFunction function,
            software.amazon.awscdk.services.iam.IRole invoker,
            software.amazon.awscdk.services.sqs.IQueue deadLetters) {
        TenantConfig.ModelTraining training = tenant.modelTraining();
        this.modelTrainingSchedule = software.amazon.awscdk.services.scheduler.CfnSchedule.Builder.create(
                        this, "ModelTrainingSchedule")
                .description("BenchCRM success model of tenant " + tenant.slug() + ": drift, then training (ADR 0077)")
                .scheduleExpression(training.schedule())
                .scheduleExpressionTimezone("UTC")
                .state(training.enabled() ? "ENABLED" : "DISABLED")
                .flexibleTimeWindow(
                        software.amazon.awscdk.services.scheduler.CfnSchedule.FlexibleTimeWindowProperty.builder()
                                .mode("FLEXIBLE")
                                .maximumWindowInMinutes(30)
                                .build())
                .target(software.amazon.awscdk.services.scheduler.CfnSchedule.TargetProperty.builder()
                        .arn(function.getFunctionArn())
                        .roleArn(invoker.getRoleArn())
                        .input(software.amazon.awscdk.Stack.of(this)
                                .toJsonString(java.util.Map.of("tenantId", row.tenantId(), "slug", tenant.slug())))
                        .retryPolicy(software.amazon.awscdk.services.scheduler.CfnSchedule.RetryPolicyProperty.builder()
                                .maximumRetryAttempts(2)
                                .maximumEventAgeInSeconds(6 * 3600)
                                .build())
                        .deadLetterConfig(
                                software.amazon.awscdk.services.scheduler.CfnSchedule.DeadLetterConfigProperty.builder()
                                        .arn(deadLetters.getQueueArn())
                                        .build())
                        .build())
                .build();
        return modelTrainingSchedule;
    }

    /** The tenant's model-training schedule, once {@link TenantsStack#modelTraining} made it. */
    public software.amazon.awscdk.services.scheduler.CfnSchedule modelTrainingSchedule() {
        return modelTrainingSchedule;
    }

    /**
     * The tenant's SES sending (ADR 0099), when its tenants-file entry has {@code marketing}: its configuration set
     * with the feedback event destination, its domain identity, and the sender's right to send as this tenant.
     */
    void sending(String feedbackTopicArn, software.amazon.awscdk.services.iam.IRole sender) {
        TenantConfig.Marketing marketing = tenant.marketing();
        if (marketing == null) {
            return;
        }
        this.sending = new com.benchcrm.infra.mail.TenantSending(
                this,
                "Sending",
                new com.benchcrm.infra.mail.TenantSending.Props(
                        shared.config().configurationSetName(tenant.slug()),
                        marketing.sendingDomain(),
                        marketing.fromAddress(),
                        feedbackTopicArn,
                        sender));
    }

    /** The tenant's SES sending, when it has {@code marketing} and {@link TenantsStack#sending} made it; else null. */
    public com.benchcrm.infra.mail.TenantSending sending() {
        return sending;
    }

    /** The SSO provider's tenant for the pre-token trigger (the tenant's row id is known only after deployment). */
    void ssoTenant(String parameterPrefix) {
        if (tenant.sso() == null) {
            return;
        }
        software.amazon.awscdk.services.ssm.StringParameter.Builder.create(this, "SsoTenant")
                .parameterName(parameterPrefix + tenant.sso().name())
                .description(
                        "BenchCRM: the tenant of SSO provider " + tenant.sso().name())
                .stringValue("{\"tenantId\":\"" + row.tenantId() + "\",\"tenant\":\"" + tenant.slug()
                        + "\",\"defaultRole\":\"" + tenant.sso().defaultRole() + "\"}")
                .build();
    }

    public TenantMailRule mailRule() {
        return mailRule;
    }

    public TenantRow row() {
        return row;
    }

    public TenantVectorIndex vectorIndex() {
        return vectorIndex;
    }

    public TenantRateLimit rateLimit() {
        return rateLimit;
    }

    /** The tenant's declared webhooks, in file order. */
    public List<TenantWebhook> webhooks() {
        return List.copyOf(webhooks);
    }
}

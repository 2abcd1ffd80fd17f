package com.benchcrm.infra.webhooks;

import com.benchcrm.infra.config.WebhookConfig;
import com.benchcrm.infra.nag.Suppress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import software.amazon.awscdk.CustomResource;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Tags;
import software.amazon.awscdk.services.iam.ArnPrincipal;
import software.amazon.awscdk.services.iam.Grant;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.constructs.Construct;

/**
 * One partner webhook of a tenant, declared in the tenants file:
 * <ul>
 *   <li>a Secrets Manager secret, encrypted with <b>the tenant's key</b>, whose value Secrets Manager
 *       generates (64 letters and digits: base64 of 48 bytes, so the partner's Standard Webhooks
 *       secret is {@code whsec_} followed by the value). The value is never in the template. Retained
 *       when the webhook or its tenant leaves the file;</li>
 *   <li>the custom resource {@value #TYPE} of the migration function, which keeps the tenant's
 *       {@code webhook_subscription} row: created on Create, URL, event types and secret replaced in
 *       place on Update, deleted on Delete (with its deliveries).</li>
 * </ul>
 *
 * <p>The migration function may read exactly this secret: {@code grantRead} to the function role's ARN
 * as a principal, so both grants are resource policies here (the secret's policy, and the tenant key's
 * policy, {@code kms:Decrypt} through Secrets Manager only). The data stack's role is not edited from
 * this stack (that would be a cross-stack cycle), and the role's inline policy does not grow with
 * every tenant (IAM caps a role's inline policies at 10,240 characters).
 *
 * <pre>{@code
 * new TenantWebhook(tenant, "Webhook-ats", TenantWebhook.Props.builder()
 *         .deployment("benchcrm-dev").slug("acme").tenantId(row.tenantId()).tenantKey(key.key())
 *         .serviceToken(migrations.serviceToken()).migrationRoleArn(migrations.roleArn())
 *         .webhook(webhookConfig).build());
 * }</pre>
 */
public final class TenantWebhook extends Construct {

    public static final String TYPE = "Custom::BenchCrmTenantWebhook";

    /**
     * @param deployment       the deployment's name (descriptions)
     * @param slug             the tenant's slug (descriptions, tags)
     * @param tenantId         the tenant's UUID ({@code TenantRow.tenantId()}, a token)
     * @param tenantKey        the tenant's own key ({@code TenantKey})
     * @param serviceToken     the migration function's live alias
     * @param migrationRoleArn the migration function's role, granted read on the secret
     * @param webhook          the declaration, validated with the tenants file
     */
    public record Props(
            String deployment,
            String slug,
            String tenantId,
            IKey tenantKey,
            String serviceToken,
            String migrationRoleArn,
            WebhookConfig webhook) {

        public Props {
            Objects.requireNonNull(deployment, "deployment");
            Objects.requireNonNull(slug, "slug");
            Objects.requireNonNull(tenantId, "tenantId");
            Objects.requireNonNull(tenantKey, "tenantKey: the secret is encrypted with the tenant's key");
            Objects.requireNonNull(serviceToken, "serviceToken");
            Objects.requireNonNull(migrationRoleArn, "migrationRoleArn");
            Objects.requireNonNull(webhook, "webhook");
            if (webhook.eventTypes().isEmpty()) {
                throw new IllegalArgumentException("webhook " + webhook.name() + " names no event type");
            }
        }

        public static Builder builder() {
            return new Builder();
        }

        /** Builds {@link Props}; every field is required. */
        public static final class Builder {
            private String deployment;
            private String slug;
            private String tenantId;
            private IKey tenantKey;
            private String serviceToken;
            private String migrationRoleArn;
            private WebhookConfig webhook;

            public Builder deployment(String v) {
                this.deployment = v;
                return this;
            }

            public Builder slug(String v) {
                this.slug = v;
                return this;
            }

            public Builder tenantId(String v) {
                this.tenantId = v;
                return this;
            }

            public Builder tenantKey(IKey v) {
                this.tenantKey = v;
                return this;
            }

            public Builder serviceToken(String v) {
                this.serviceToken = v;
                return this;
            }

            public Builder migrationRoleArn(String v) {
                this.migrationRoleArn = v;
                return this;
            }

            public Builder webhook(WebhookConfig v) {
                this.webhook = v;
                return this;
            }

            public Props build() {
                return new Props(deployment, slug, tenantId, tenantKey, serviceToken, migrationRoleArn, webhook);
            }
        }
    }

    /** Letters and digits only: every character is base64, 64 of them are 48 bytes (Standard Webhooks: 24-64). */
    static final int SECRET_LENGTH = 64;

    private final Secret secret;
    private final CustomResource subscription;

    public TenantWebhook(Construct scope, String id, Props props) {
        super(scope, id);
        WebhookConfig w = props.webhook();
        this.secret = Secret.Builder.create(this, "Secret")
                .description("BenchCRM " + props.deployment() + ": signing secret of webhook " + w.name()
                        + " of tenant " + props.slug()
                        + "; the partner's secret is whsec_ followed by this value (docs/deploy.md)")
                .encryptionKey(props.tenantKey())
                .generateSecretString(SecretStringGenerator.builder()
                        .passwordLength(SECRET_LENGTH)
                        .excludePunctuation(true)
                        .includeSpace(false)
                        .requireEachIncludedType(true)
                        .build())
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        Tags.of(secret).add("benchcrm:tenant", props.slug());
        Tags.of(secret).add("benchcrm:webhook", props.slug() + "/" + w.name());
        Suppress.on(
                secret,
                "SMG4",
                "a partner's signing secret changes only together with the partner, out of band: "
                        + "rotation is the documented manual procedure (docs/deploy.md), not a rotation function");

        Grant read = secret.grantRead(new ArnPrincipal(props.migrationRoleArn()));

        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("TenantId", props.tenantId());
        properties.put("Name", w.name());
        properties.put("Url", w.url());
        properties.put("EventTypes", w.eventTypes());
        properties.put("SecretArn", secret.getSecretArn());
        properties.put("SecretRotation", Integer.toString(w.secretRotation()));
        this.subscription = CustomResource.Builder.create(this, "Subscription")
                .serviceToken(props.serviceToken())
                .resourceType(TYPE)
                .properties(properties)
                .build();
        // the function reads the secret on Create: its resource policy must be in place first
        read.applyBefore(subscription);
    }

    public ISecret secret() {
        return secret;
    }

    /** The subscription's id ({@code Fn::GetAtt SubscriptionId}), as {@code GET /v1/webhooks} lists it. */
    public String subscriptionId() {
        return subscription.getAttString("SubscriptionId");
    }

    public CustomResource subscription() {
        return subscription;
    }
}

package com.benchcrm.infra.tenants;

import com.benchcrm.infra.config.DeploymentConfig;
import com.benchcrm.infra.config.TenantConfig;
import com.benchcrm.infra.database.DataStack;
import com.benchcrm.infra.platform.PlatformStack;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.interfaces.ses.IReceiptRuleRef;
import software.amazon.awscdk.services.lambda.IFunction;
import software.constructs.Construct;

/**
 * One {@link TenantResources} per tenant of the tenants file, construct id {@code Tenant-<slug>};
 * each tenant's receipt rule stores the mail and then invokes the e-mail ingest function, and each
 * tenant's vector index is a custom resource of the matching stack's index function, and each
 * tenant's API rate limit one of the API stack's rate limit function.
 * Its own stack, so a tenant change deploys only this stack (the others' templates do not change).
 */
public final class TenantsStack extends Stack {

    private final List<TenantResources> tenants = new ArrayList<>();

    public TenantsStack(
            Construct scope,
            String id,
            StackProps props,
            DeploymentConfig config,
            PlatformStack platform,
            DataStack data,
            IFunction ingest,
            String vectorIndexServiceToken,
            String rateLimitServiceToken) {
        super(scope, id, props);
        TenantResources.Shared shared = new TenantResources.Shared(
                config,
                platform.inboundMail().ruleSet(),
                platform.inboundMail().ruleSetName(),
                platform.rawMail().bucket(),
                data.migrations().serviceToken(),
                data.migrations().roleArn(),
                vectorIndexServiceToken,
                rateLimitServiceToken);
        IReceiptRuleRef previous = null;
        for (TenantConfig tenant : config.tenants()) {
            TenantResources t = new TenantResources(this, "Tenant-" + tenant.slug(), tenant, shared, previous);
            tenants.add(t);
            t.mailRule().thenInvoke(ingest);
            previous = t.mailRule().rule();
        }
    }

    public List<TenantResources> tenants() {
        return List.copyOf(tenants);
    }

    /**
     * Gives each tenant its EventBridge Scheduler schedule invoking the model-training function with
     * {@code {"tenantId", "slug"}} (ADR 0077): the tenants file's {@code modelTraining.schedule}, weekly by default,
     * UTC, a 30-minute flexible window (tenants do not all train at once), retried twice, then to {@code deadLetters}.
     */
    public void modelTraining(
            software.amazon.awscdk.services.lambda.IFunction function,
            software.amazon.awscdk.services.iam.IRole invoker,
            software.amazon.awscdk.services.sqs.IQueue deadLetters) {
        for (TenantResources t : tenants) {
            t.modelTrainingSchedule(function, invoker, deadLetters);
        }
    }

    /**
     * Gives each tenant with {@code marketing} its SES configuration set (bounces and complaints to
     * {@code feedbackTopicArn}), its sending identity and {@code sender}'s right to send as it (ADR 0099).
     */
    public void sending(String feedbackTopicArn, software.amazon.awscdk.services.iam.IRole sender) {
        for (TenantResources t : tenants) {
            t.sending(feedbackTopicArn, sender);
        }
    }

    /**
     * Writes, for each tenant with SSO, the parameter the console's pre-token trigger reads to give the
     * provider's users their tenant: {@code <prefix><provider name>} = {@code {"tenantId", "tenant", "defaultRole"}}.
     */
    public void ssoTenants(String parameterPrefix) {
        for (TenantResources t : tenants) {
            t.ssoTenant(parameterPrefix);
        }
    }
}

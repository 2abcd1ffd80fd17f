package com.benchcrm.infra.tenants;

import com.benchcrm.infra.config.DeploymentConfig;
import com.benchcrm.infra.config.TenantConfig;
import com.benchcrm.infra.database.TenantRow;
import com.benchcrm.infra.mail.RawMailBucket;
import com.benchcrm.infra.mail.TenantMailRule;
import software.amazon.awscdk.interfaces.ses.IReceiptRuleRef;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.ses.IReceiptRuleSet;
import software.constructs.Construct;

/**
 * Everything one tenant has of its own: its key, its ingest address's receipt rule (storing to
 * {@code raw/<slug>/}), and its row in the tenant table. API throttling per tenant is not possible
 * on an HTTP API (see {@code api.HttpApiEdge}); the stage limits are shared.
 *
 * <p>Future per-tenant resources (webhook rules and targets, issue 5; the OpenSearch index, issue 4)
 * are added here, so they come and go with the tenant.
 */
public final class TenantResources extends Construct {

    /** What a tenant's resources need from the platform and data stacks. */
    public record Shared(DeploymentConfig config, IReceiptRuleSet ruleSet, String ruleSetName, IBucket rawMail,
                         String migrationServiceToken) {
    }

    private final TenantKey key;
    private final TenantMailRule mailRule;
    private final TenantRow row;

    /** @param after the previous tenant's rule (rules are created in file order), or null for the first */
    public TenantResources(Construct scope, String id, TenantConfig tenant, Shared shared, IReceiptRuleRef after) {
        super(scope, id);
        DeploymentConfig config = shared.config();
        this.key = new TenantKey(this, "Key", config.deployment(), tenant.slug());
        this.mailRule = new TenantMailRule(this, "Mail", new TenantMailRule.Props(shared.ruleSet(), shared.ruleSetName(),
                config.ruleName(tenant.slug()), config.ingestAddress(tenant.slug()), shared.rawMail(),
                RawMailBucket.tenantPrefix(tenant.slug()), key.key(), after));
        this.row = new TenantRow(this, "Row", shared.migrationServiceToken(), tenant.slug(), tenant.name());
    }

    public TenantKey key() {
        return key;
    }

    public TenantMailRule mailRule() {
        return mailRule;
    }

    public TenantRow row() {
        return row;
    }
}

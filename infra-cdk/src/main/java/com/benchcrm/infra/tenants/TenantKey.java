package com.benchcrm.infra.tenants;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.kms.Key;
import software.constructs.Construct;

/**
 * The tenant's own customer-managed key ({@code alias/<deployment>/tenant/<slug>}): SES encrypts
 * the tenant's raw mail with it before storing it, and the signing secrets of the tenant's declared
 * webhooks are encrypted with it ({@code webhooks.TenantWebhook}). Deleting it (after its 30-day window) makes the tenant's raw mail unreadable:
 * crypto-shredding on offboarding. Retained when the tenant leaves the file, because its data is.
 * ADR 0009 records the choice of a key per tenant over grants on the platform key.
 */
public final class TenantKey extends Construct {

    /** The alias of tenant {@code slug}'s key is this plus the slug. */
    public static String aliasPrefix(String deployment) {
        return "alias/" + deployment + "/tenant/";
    }

    private final Key key;

    public TenantKey(Construct scope, String id, String deployment, String slug) {
        super(scope, id);
        this.key = Key.Builder.create(this, "Key")
                .alias(aliasPrefix(deployment) + slug)
                .description("BenchCRM " + deployment + ": tenant " + slug)
                .enableKeyRotation(true)
                .pendingWindow(Duration.days(30))
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
    }

    public IKey key() {
        return key;
    }
}

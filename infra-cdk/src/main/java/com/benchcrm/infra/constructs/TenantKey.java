package com.benchcrm.infra.constructs;

import java.util.List;
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

    /**
     * Lets a function seal ({@code kms:GenerateDataKey}) or open ({@code kms:Decrypt}) secrets under
     * any tenant's key (ADR 0057): the keys whose alias is {@code alias/<deployment>/tenant/*}, and only
     * with the {@code benchcrm:tenant} encryption context. The tenant keys live in the tenants stack,
     * which depends on the function's, so they are named by alias, not by ARN.
     */
    public static void grantSecretSealing(
            software.amazon.awscdk.services.iam.IRole role, String deployment, List<String> actions) {
        software.amazon.awscdk.Stack stack = software.amazon.awscdk.Stack.of(role);
        role.addToPrincipalPolicy(software.amazon.awscdk.services.iam.PolicyStatement.Builder.create()
                .actions(actions)
                .resources(List.of("arn:" + stack.getPartition() + ":kms:" + stack.getRegion() + ":"
                        + stack.getAccount() + ":key/*"))
                .conditions(java.util.Map.of(
                        "ForAnyValue:StringLike",
                                java.util.Map.of("kms:ResourceAliases", aliasPrefix(deployment) + "*"),
                        "ForAllValues:StringEquals",
                                java.util.Map.of("kms:EncryptionContextKeys", List.of(SECRET_CONTEXT_KEY))))
                .build());
        com.benchcrm.infra.nag.Suppress.on(
                role,
                "IAM5",
                "Webhook signing secrets are sealed under the tenant's own key, "
                        + "chosen by alias alias/<deployment>/tenant/* (kms:ResourceAliases) with the benchcrm:tenant encryption "
                        + "context; the keys live in the tenants stack, so they are named by alias rather than ARN.",
                com.benchcrm.infra.nag.Suppress.matching(
                        "^Resource::arn:<AWS::Partition>:kms:<AWS::Region>:<AWS::AccountId>:key\\/\\*$"));
    }

    /** The encryption-context key KMS gets with every data key of a sealed secret (keys-kms KmsDataKeys). */
    public static final String SECRET_CONTEXT_KEY = "benchcrm:tenant";
}

package com.benchcrm.infra.platform;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.kms.Key;
import software.constructs.Construct;

/**
 * The platform's two customer-managed keys, rotated yearly and kept when the stack goes (data
 * encrypted with them outlives the stack):
 * <ul>
 *   <li>{@code data}: Aurora storage, secrets, queues, the event bus and its archive, the raw-mail
 *       bucket, the vector collection;</li>
 *   <li>{@code logs}: every CloudWatch log group. CloudWatch Logs may use it only for this
 *       account's log groups in this region.</li>
 * </ul>
 * Tenant data that must be separable has a key of its own ({@code constructs.TenantKey}).
 */
public final class PlatformKeys extends Construct {

    private final Key dataKey;
    private final Key logsKey;

    public PlatformKeys(Construct scope, String id, String deployment) {
        super(scope, id);
        this.dataKey = Key.Builder.create(this, "DataKey")
                .alias("alias/" + deployment + "/data")
                .description("BenchCRM " + deployment
                        + ": data at rest (Aurora, secrets, queues, events, raw mail, vectors)")
                .enableKeyRotation(true)
                .removalPolicy(RemovalPolicy.RETAIN)
                .pendingWindow(Duration.days(30))
                .build();
        this.logsKey = Key.Builder.create(this, "LogsKey")
                .alias("alias/" + deployment + "/logs")
                .description("BenchCRM " + deployment + ": CloudWatch log groups")
                .enableKeyRotation(true)
                .removalPolicy(RemovalPolicy.RETAIN)
                .pendingWindow(Duration.days(30))
                .build();
        Stack stack = Stack.of(this);
        // The documented key policy for encrypted log groups: the regional Logs service principal,
        // limited by the encryption context to this account's log groups in this region.
        logsKey.addToResourcePolicy(PolicyStatement.Builder.create()
                .sid("AllowCloudWatchLogs")
                .principals(List.of(new ServicePrincipal("logs." + stack.getRegion() + ".amazonaws.com")))
                .actions(List.of(
                        "kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"))
                .resources(List.of("*"))
                .conditions(Map.of(
                        "ArnLike",
                        Map.of(
                                "kms:EncryptionContext:aws:logs:arn",
                                "arn:" + stack.getPartition() + ":logs:" + stack.getRegion() + ":" + stack.getAccount()
                                        + ":log-group:*")))
                .build());
    }

    public IKey dataKey() {
        return dataKey;
    }

    public IKey logsKey() {
        return logsKey;
    }
}

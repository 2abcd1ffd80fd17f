package com.benchcrm.infra.api;

import java.util.Objects;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.dynamodb.TableEncryption;
import software.amazon.awscdk.services.iam.IGrantable;
import software.constructs.Construct;

/**
 * The per-tenant request counters and limits of the HTTP API function (ADR 0035): what
 * {@code com.benchcrm.ratelimit.dynamodb.DynamoDbRateLimiter} reads and writes. Partition key
 * {@code pk}; window counters expire through the {@code expires_at} TTL attribute; a tenant's own
 * limit is the item {@code limit#<tenant id>} ({@code rate}, {@code burst}).
 *
 * <p>On demand (one write per API request, no capacity to plan), encrypted with an AWS owned key
 * (the items hold tenant ids and counts, no personal data, and no KMS request per API call),
 * point-in-time recovery on (cdk-nag DDB3). Destroyed with the stack: counters live a minute and
 * the limits are configuration, written again by a deployment (one {@link com.benchcrm.infra.tenants.TenantRateLimit} per tenant).
 *
 * <pre>{@code
 * RateLimitTable limits = new RateLimitTable(this, "RateLimits", config.deployment() + "-rate-limits");
 * limits.grantLimiter(function.role());
 * env.put("BENCHCRM_RATE_LIMIT_TABLE", limits.table().getTableName());
 * }</pre>
 */
public final class RateLimitTable extends Construct {

    public static final String KEY = "pk";
    public static final String TTL_ATTRIBUTE = "expires_at";

    private final Table table;

    public RateLimitTable(Construct scope, String id, String tableName) {
        super(scope, id);
        Objects.requireNonNull(tableName, "tableName");
        this.table = Table.Builder.create(this, "Table")
                .tableName(tableName)
                .partitionKey(
                        Attribute.builder().name(KEY).type(AttributeType.STRING).build())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .encryption(TableEncryption.DEFAULT)
                .pointInTimeRecoverySpecification(PointInTimeRecoverySpecification.builder()
                        .pointInTimeRecoveryEnabled(true)
                        .build())
                .timeToLiveAttribute(TTL_ATTRIBUTE)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
    }

    public Table table() {
        return table;
    }

    /** What the limiter does, and nothing else: count in a window, read a tenant's limit. */
    public void grantLimiter(IGrantable grantee) {
        table.grant(grantee, "dynamodb:UpdateItem", "dynamodb:GetItem");
    }

    /** What the deployment does with a tenant's limit item ({@link TenantRateLimits}): put it, delete it. */
    public void grantLimitWriter(IGrantable grantee) {
        table.grant(grantee, "dynamodb:PutItem", "dynamodb:DeleteItem");
    }
}

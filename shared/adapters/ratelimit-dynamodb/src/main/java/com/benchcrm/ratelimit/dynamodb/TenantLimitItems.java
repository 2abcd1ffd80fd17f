package com.benchcrm.ratelimit.dynamodb;

import com.benchcrm.ratelimit.RateLimit;
import com.benchcrm.tenancy.TenantId;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Writes and removes a tenant's own limit item, {@code limit#<tenant id>} with {@code rate} and
 * {@code burst}: the item {@link DynamoDbRateLimiter} reads (at most once a minute per instance).
 * The deployment's {@code Custom::BenchCrmTenantRateLimit} uses it, so the item's shape is defined
 * in this module only.
 *
 * <pre>{@code
 * new TenantLimitItems(dynamo, "benchcrm-dev-rate-limits").put(tenant, new RateLimit(20, 40));
 * }</pre>
 */
public final class TenantLimitItems {

    /** Attribute of the limit item: steady requests per second. */
    public static final String RATE = "rate";
    /** Attribute of the limit item: requests admitted at once. */
    public static final String BURST = "burst";

    private final DynamoDbClient dynamo;
    private final String table;

    public TenantLimitItems(DynamoDbClient dynamo, String table) {
        this.dynamo = Objects.requireNonNull(dynamo, "dynamo");
        this.table = Objects.requireNonNull(table, "table");
    }

    /** Puts (creates or replaces) the tenant's limit item; returns its key. */
    public String put(TenantId tenant, RateLimit limit) {
        String key = DynamoDbRateLimiter.limitKey(tenant);
        dynamo.putItem(p -> p.tableName(table)
                .item(Map.of(
                        DynamoDbRateLimiter.KEY,
                        AttributeValue.fromS(key),
                        RATE,
                        AttributeValue.fromN(Integer.toString(limit.rate())),
                        BURST,
                        AttributeValue.fromN(Integer.toString(limit.burst())))));
        return key;
    }

    /** Deletes the item with this key (a {@link DynamoDbRateLimiter#limitKey}); absent is fine. */
    public void delete(String key) {
        if (!key.startsWith(DynamoDbRateLimiter.LIMIT_PREFIX)) {
            throw new IllegalArgumentException("not a limit item key: " + key);
        }
        dynamo.deleteItem(d -> d.tableName(table).key(Map.of(DynamoDbRateLimiter.KEY, AttributeValue.fromS(key))));
    }

    /** The tenant's limit item, deleted; the tenant falls back to the default. */
    public void delete(TenantId tenant) {
        delete(DynamoDbRateLimiter.limitKey(tenant));
    }
}

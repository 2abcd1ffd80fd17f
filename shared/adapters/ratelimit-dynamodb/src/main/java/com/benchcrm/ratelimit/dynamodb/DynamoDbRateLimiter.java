package com.benchcrm.ratelimit.dynamodb;

import com.benchcrm.ratelimit.RateLimit;
import com.benchcrm.ratelimit.RateLimiter;
import com.benchcrm.tenancy.TenantId;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * Per-tenant limits in a DynamoDB table, shared by every function instance: one conditional
 * {@code UpdateItem} per request on the tenant's current window counter.
 *
 * <p>Items (partition key {@code pk}, a string):
 * <ul>
 *   <li>{@code <tenant-id>#<window start, epoch seconds>}: {@code n} (requests counted in the window) and
 *       {@code expires_at} (the table's TTL attribute, a minute after the window ends).</li>
 *   <li>{@code limit#<tenant-id>}: {@code rate} and {@code burst}, the tenant's own limit (written by the
 *       deployment from the tenants file, {@link TenantLimitItems}; absent: the default). Read once a minute per instance.</li>
 * </ul>
 *
 * <p>Windows are fixed: {@code burst / rate} seconds long (rounded up, at least one second), each
 * admitting {@code burst} requests, so the average never exceeds the rate and a quiet tenant may
 * send its burst at once. A denied request is told to retry when its window ends.
 *
 * <p>Fail open: when DynamoDB does not answer (throttling, timeout, outage), the request is allowed,
 * a warning is logged and {@code onFailOpen} runs (a metric), so throttling never takes the API down.
 *
 * <pre>{@code
 * RateLimiter limiter = DynamoDbRateLimiter.create(new DynamoDbRateLimiter.Settings("benchcrm-dev-rate-limits",
 *         new RateLimit(50, 100), "eu-west-1", Optional.empty()), () -> metrics.count("RateLimitFailOpen"));
 * }</pre>
 */
public final class DynamoDbRateLimiter implements RateLimiter {

    private static final Logger LOG = LoggerFactory.getLogger(DynamoDbRateLimiter.class);

    /** The table's partition key. */
    public static final String KEY = "pk";
    /** How the keys of limit items start (window counters start with the tenant id). */
    public static final String LIMIT_PREFIX = "limit#";
    /** The table's TTL attribute. */
    public static final String TTL_ATTRIBUTE = "expires_at";
    /** How long a tenant's limit item is trusted before it is read again. */
    public static final Duration LIMIT_CACHE = Duration.ofSeconds(60);
    /** How long one DynamoDB call may take before the request fails open. */
    public static final Duration CALL_TIMEOUT = Duration.ofMillis(500);

    /** What the adapter needs: the table, the default limit, the region and an optional endpoint (tests). */
    public record Settings(String table, RateLimit defaults, String region, Optional<URI> endpoint) {
        public Settings {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(defaults, "defaults");
        }
    }

    private final DynamoDbClient dynamo;
    private final String table;
    private final RateLimit defaults;
    private final Clock clock;
    private final Runnable onFailOpen;
    private final ConcurrentMap<TenantId, CachedLimit> limits = new ConcurrentHashMap<>();
    private final AtomicLong failOpen = new AtomicLong();

    public DynamoDbRateLimiter(
            DynamoDbClient dynamo, String table, RateLimit defaults, Clock clock, Runnable onFailOpen) {
        this.dynamo = dynamo;
        this.table = table;
        this.defaults = defaults;
        this.clock = clock;
        this.onFailOpen = onFailOpen;
    }

    /** Builds the client once (URLConnection HTTP client, short timeouts, no SDK retries beyond one). */
    public static DynamoDbRateLimiter create(Settings settings, Runnable onFailOpen) {
        var builder = DynamoDbClient.builder()
                .region(Region.of(settings.region()))
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(CALL_TIMEOUT)
                        .socketTimeout(CALL_TIMEOUT)
                        .build())
                .overrideConfiguration(c -> c.apiCallTimeout(CALL_TIMEOUT.multipliedBy(2))
                        .apiCallAttemptTimeout(CALL_TIMEOUT)
                        .retryStrategy(r -> r.maxAttempts(2)));
        settings.endpoint().ifPresent(builder::endpointOverride);
        return new DynamoDbRateLimiter(
                builder.build(), settings.table(), settings.defaults(), Clock.systemUTC(), onFailOpen);
    }

    @Override
    public Decision tryAcquire(TenantId tenant) {
        RateLimit limit = limitOf(tenant);
        long windowSeconds = windowSeconds(limit);
        long nowMillis = clock.millis();
        long windowStart = (nowMillis / 1000 / windowSeconds) * windowSeconds;
        long windowEnd = windowStart + windowSeconds;
        try {
            dynamo.updateItem(u -> u.tableName(table)
                    .key(Map.of(KEY, AttributeValue.fromS(tenant + "#" + windowStart)))
                    .updateExpression("ADD n :one SET " + TTL_ATTRIBUTE + " = :expires")
                    .conditionExpression("attribute_not_exists(n) OR n < :limit")
                    .expressionAttributeValues(Map.of(
                            ":one", AttributeValue.fromN("1"),
                            ":limit", AttributeValue.fromN(Integer.toString(limit.burst())),
                            ":expires", AttributeValue.fromN(Long.toString(windowEnd + 60)))));
            return Decision.ALLOW;
        } catch (ConditionalCheckFailedException full) {
            return Decision.deny(Duration.ofMillis(Math.max(1, windowEnd * 1000 - nowMillis)));
        } catch (SdkException e) {
            failOpen.incrementAndGet();
            LOG.warn(
                    "rate limit store unavailable, request allowed (fail open): {}",
                    e.getClass().getSimpleName());
            try {
                onFailOpen.run();
            } catch (RuntimeException ignored) {
                // a metric must not fail the request
            }
            return Decision.ALLOW;
        }
    }

    /** How many requests were let through because DynamoDB did not answer (since start). */
    public long failOpenCount() {
        return failOpen.get();
    }

    static long windowSeconds(RateLimit limit) {
        return Math.max(1, (limit.burst() + limit.rate() - 1) / limit.rate());
    }

    /** The tenant's own limit item, or the default; cached per instance for {@link #LIMIT_CACHE}. */
    RateLimit limitOf(TenantId tenant) {
        long now = clock.millis();
        CachedLimit cached = limits.get(tenant);
        if (cached != null && cached.until > now) {
            return cached.limit;
        }
        RateLimit limit = defaults;
        try {
            GetItemResponse item =
                    dynamo.getItem(g -> g.tableName(table).key(Map.of(KEY, AttributeValue.fromS(limitKey(tenant)))));
            if (item.hasItem() && item.item().containsKey(TenantLimitItems.RATE)) {
                int rate =
                        Integer.parseInt(item.item().get(TenantLimitItems.RATE).n());
                int burst = item.item().containsKey(TenantLimitItems.BURST)
                        ? Integer.parseInt(
                                item.item().get(TenantLimitItems.BURST).n())
                        : rate;
                limit = new RateLimit(rate, Math.max(rate, burst));
            }
        } catch (SdkException | IllegalArgumentException e) {
            // keep the last known limit a while longer rather than asking again on every request
            LOG.warn(
                    "rate limit of tenant {} not read, using {}: {}",
                    tenant,
                    cached != null ? "the last known" : "the default",
                    e.getClass().getSimpleName());
            limit = cached != null ? cached.limit : defaults;
        }
        limits.put(tenant, new CachedLimit(limit, now + LIMIT_CACHE.toMillis()));
        return limit;
    }

    /** The key of a tenant's limit item (what the deployment writes, {@link TenantLimitItems}). */
    public static String limitKey(TenantId tenant) {
        return LIMIT_PREFIX + tenant;
    }

    private record CachedLimit(RateLimit limit, long until) {}
}

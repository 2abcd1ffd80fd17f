package com.benchcrm.ratelimit;

import com.benchcrm.tenancy.TenantId;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * An in-process token bucket per tenant: exact where one process serves every request (the
 * embedded stack), per instance anywhere else. The bucket starts full ({@code burst} tokens) and
 * refills at {@code rate} tokens per second.
 *
 * <pre>{@code
 * RateLimiter limiter = new TokenBucketRateLimiter(new RateLimits(new RateLimit(50, 100), Map.of()));
 * }</pre>
 */
public final class TokenBucketRateLimiter implements RateLimiter {

    private final RateLimits limits;
    private final LongSupplier nanoTime;
    private final ConcurrentMap<TenantId, Bucket> buckets = new ConcurrentHashMap<>();

    public TokenBucketRateLimiter(RateLimits limits) {
        this(limits, System::nanoTime);
    }

    /** @param nanoTime a monotonic clock in nanoseconds (tests pass a fake one) */
    public TokenBucketRateLimiter(RateLimits limits, LongSupplier nanoTime) {
        this.limits = limits;
        this.nanoTime = nanoTime;
    }

    @Override
    public Decision tryAcquire(TenantId tenant) {
        RateLimit limit = limits.of(tenant);
        Bucket bucket = buckets.computeIfAbsent(tenant, t -> new Bucket(limit.burst(), nanoTime.getAsLong()));
        synchronized (bucket) {
            long now = nanoTime.getAsLong();
            double elapsed = Math.max(0, now - bucket.updated) / 1e9;
            bucket.tokens = Math.min(limit.burst(), bucket.tokens + elapsed * limit.rate());
            bucket.updated = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return Decision.ALLOW;
            }
            double wait = (1 - bucket.tokens) / limit.rate();
            return Decision.deny(Duration.ofNanos((long) Math.ceil(wait * 1e9)));
        }
    }

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }
}

package com.benchcrm.ratelimit;

import com.benchcrm.tenancy.TenantId;
import java.time.Duration;
import java.util.Objects;

/**
 * Decides whether one more request of a tenant may run now. Called once per authenticated request,
 * after the token is verified (the tenant is the token's {@code tenant_id}) and before the route.
 *
 * <pre>{@code
 * RateLimiter.Decision d = limiter.tryAcquire(caller.tenant());
 * if (!d.allowed()) {
 *     // 429 with Retry-After: d.retryAfterSeconds()
 * }
 * }</pre>
 *
 * <p>Adapters that depend on a remote store fail open: when the store cannot answer, the request is
 * allowed, so throttling never takes the API down.
 */
public interface RateLimiter {

    /** No limit at all ({@code BENCHCRM_RATE_LIMIT=off}). */
    RateLimiter UNLIMITED = tenant -> Decision.ALLOW;

    Decision tryAcquire(TenantId tenant);

    /** Allowed, or denied with how long to wait before the next attempt. */
    record Decision(boolean allowed, Duration retryAfter) {

        public static final Decision ALLOW = new Decision(true, Duration.ZERO);

        public Decision {
            Objects.requireNonNull(retryAfter, "retryAfter");
        }

        public static Decision deny(Duration retryAfter) {
            return new Decision(false, retryAfter);
        }

        /** Whole seconds for a {@code Retry-After} header, at least 1. */
        public long retryAfterSeconds() {
            long ms = retryAfter.toMillis();
            return Math.max(1, (ms + 999) / 1000);
        }
    }
}

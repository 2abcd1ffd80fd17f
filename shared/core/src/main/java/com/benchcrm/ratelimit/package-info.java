/**
 * Per-tenant API rate limits (issue 6, ADR 0035): the {@link com.benchcrm.ratelimit.RateLimiter}
 * port, the limits ({@link com.benchcrm.ratelimit.RateLimits}: a default plus per-tenant overrides)
 * and the in-process token bucket of the embedded stack. The shared-store adapter for AWS lives in
 * {@code shared/adapters/ratelimit-dynamodb}.
 */
@NullMarked
package com.benchcrm.ratelimit;

import org.jspecify.annotations.NullMarked;

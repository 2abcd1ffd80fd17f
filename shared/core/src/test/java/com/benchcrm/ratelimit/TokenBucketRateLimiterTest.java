package com.benchcrm.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.tenancy.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketRateLimiterTest {

    static final TenantId A = new TenantId(UUID.randomUUID());
    static final TenantId B = new TenantId(UUID.randomUUID());

    final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void tryAcquire_burstUsedUp_deniesWithTheWaitForOneToken() {
        RateLimiter limiter = new TokenBucketRateLimiter(new RateLimits(new RateLimit(2, 3), Map.of()), now::get);

        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire(A).allowed()).isTrue();
        }
        RateLimiter.Decision denied = limiter.tryAcquire(A);

        assertThat(denied.allowed()).isFalse();
        assertThat(denied.retryAfter().toMillis()).isEqualTo(500);
        assertThat(denied.retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void tryAcquire_afterWaiting_refillsAtTheRate() {
        RateLimiter limiter = new TokenBucketRateLimiter(new RateLimits(new RateLimit(2, 2), Map.of()), now::get);
        limiter.tryAcquire(A);
        limiter.tryAcquire(A);
        assertThat(limiter.tryAcquire(A).allowed()).isFalse();

        now.addAndGet(500_000_000L);

        assertThat(limiter.tryAcquire(A).allowed()).isTrue();
        assertThat(limiter.tryAcquire(A).allowed()).isFalse();
    }

    @Test
    void tryAcquire_oneTenantThrottled_otherTenantUnaffected() {
        RateLimiter limiter = new TokenBucketRateLimiter(
                new RateLimits(new RateLimit(100, 100), Map.of(A, new RateLimit(1, 1))), now::get);

        assertThat(limiter.tryAcquire(A).allowed()).isTrue();
        assertThat(limiter.tryAcquire(A).allowed()).isFalse();
        for (int i = 0; i < 100; i++) {
            assertThat(limiter.tryAcquire(B).allowed()).isTrue();
        }
        assertThat(limiter.tryAcquire(B).allowed()).isFalse();
    }

    @Test
    void parseOverrides_goodAndBadEntries_readsTheGoodReportsTheBad() {
        List<String> problems = new ArrayList<>();

        Map<TenantId, RateLimit> parsed =
                RateLimits.parseOverrides(A + "=5:10, " + B + "=7,nonsense=1:1," + A + "=5:1", problems);

        assertThat(parsed).containsEntry(B, new RateLimit(7, 7));
        assertThat(parsed.get(A)).isEqualTo(new RateLimit(5, 10));
        assertThat(problems).hasSize(2);
    }

    @Test
    void rateLimit_burstBelowRate_isRefused() {
        assertThatThrownBy(() -> new RateLimit(10, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimit(0, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}

package com.benchcrm.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again: exponential back-off ({@code initialDelay} doubled per
 * failed attempt, at most {@code maxDelay}) with "equal jitter" (half the delay fixed, half random),
 * until the next attempt would fall more than {@code giveUpAfter} after the first: then the delivery
 * is dead-lettered. The defaults (30 s, 4 h, 24 h) make about 12 attempts over a day.
 *
 * <pre>{@code
 * RetryPolicy p = RetryPolicy.defaults();
 * Instant next = now.plus(p.delayAfter(attempt));
 * if (p.givesUp(firstAttemptAt, next)) { ... dead-letter ... }
 * }</pre>
 */
public record RetryPolicy(Duration initialDelay, Duration maxDelay, Duration giveUpAfter, DoubleSupplier random) {

    public RetryPolicy {
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(giveUpAfter, "giveUpAfter");
        Objects.requireNonNull(random, "random");
        if (initialDelay.isNegative()
                || initialDelay.isZero()
                || maxDelay.compareTo(initialDelay) < 0
                || giveUpAfter.isNegative()) {
            throw new IllegalArgumentException("need 0 < initialDelay <= maxDelay and giveUpAfter >= 0");
        }
    }

    public RetryPolicy(Duration initialDelay, Duration maxDelay, Duration giveUpAfter) {
        this(initialDelay, maxDelay, giveUpAfter, Math::random);
    }

    /** 30 s doubling to at most 4 h, for 24 h. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(4), Duration.ofHours(24));
    }

    /** The wait after the {@code failedAttempts}-th failed attempt (1 for the first). */
    public Duration delayAfter(int failedAttempts) {
        long initial = initialDelay.toMillis();
        int shift = Math.min(Math.max(failedAttempts - 1, 0), 30);
        long exponential = initial > (Long.MAX_VALUE >> shift) ? Long.MAX_VALUE : initial << shift;
        long capped = Math.min(exponential, maxDelay.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * (capped - half)));
    }

    /** True when an attempt at {@code next} would be later than {@code giveUpAfter} after the first. */
    public boolean givesUp(Instant firstAttemptAt, Instant next) {
        return Duration.between(firstAttemptAt, next).compareTo(giveUpAfter) > 0;
    }
}

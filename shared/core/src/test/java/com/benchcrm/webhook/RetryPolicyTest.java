package com.benchcrm.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void delays_doubleFromTheInitialDelay_upToTheCap_withinTheirJitterBand() {
        RetryPolicy low = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(4), Duration.ofHours(24), () -> 0.0);
        RetryPolicy high =
                new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(4), Duration.ofHours(24), () -> 0.999_999);

        assertThat(low.delayAfter(1)).isEqualTo(Duration.ofSeconds(15));
        assertThat(high.delayAfter(1)).isBetween(Duration.ofMillis(29_990), Duration.ofSeconds(30));
        assertThat(low.delayAfter(4)).isEqualTo(Duration.ofSeconds(120));
        assertThat(high.delayAfter(20)).isBetween(Duration.ofMinutes(239), Duration.ofHours(4));
        assertThat(low.delayAfter(1_000)).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void defaults_retryForAboutADay_inAboutADozenAttempts() {
        RetryPolicy p = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(4), Duration.ofHours(24), () -> 0.5);
        Instant first = Instant.parse("2026-11-22T00:00:00Z");
        Instant at = first;
        List<Duration> waits = new ArrayList<>();
        int attempt = 1;
        while (true) {
            Instant next = at.plus(p.delayAfter(attempt));
            if (p.givesUp(first, next)) {
                break;
            }
            waits.add(Duration.between(at, next));
            at = next;
            attempt++;
        }

        assertThat(attempt).as("attempts before giving up").isBetween(10, 16);
        assertThat(Duration.between(first, at)).isBetween(Duration.ofHours(18), Duration.ofHours(24));
    }
}

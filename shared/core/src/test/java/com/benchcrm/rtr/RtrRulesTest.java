package com.benchcrm.rtr;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.common.Rate;
import com.benchcrm.common.RateUnit;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RtrRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
    private static final Rate BILL = new Rate(new BigDecimal("85"), "USD", RateUnit.HOUR, null);

    @Test
    void anRtrAtAnotherRate_doesNotCover_andSaysBothRates() {
        Rtr at60 = rtr(new Rate(new BigDecimal("60"), "USD", RateUnit.HOUR, null), NOW.plus(Duration.ofDays(7)), null);

        assertThat(RtrRules.problem(at60, BILL, NOW))
                .contains("consents to 60 USD/HOUR")
                .contains("the bill rate is 85 USD/HOUR");
    }

    @Test
    void theSameRateInAnotherUnitOrScale_covers() {
        Rtr daily = rtr(new Rate(new BigDecimal("680"), "USD", RateUnit.DAY, null), NOW.plus(Duration.ofDays(7)), null);
        Rtr scaled =
                rtr(new Rate(new BigDecimal("85.00"), "USD", RateUnit.HOUR, null), NOW.plus(Duration.ofDays(7)), null);

        assertThat(RtrRules.problem(daily, BILL, NOW)).isNull();
        assertThat(RtrRules.problem(scaled, BILL, NOW)).isNull();
    }

    @Test
    void anotherCurrency_orNoLongerValid_doesNotCover_whileNoRateNamedCovers() {
        Rtr euros = rtr(new Rate(new BigDecimal("85"), "EUR", RateUnit.HOUR, null), NOW.plus(Duration.ofDays(7)), null);
        Rtr expired = rtr(BILL, NOW.minus(Duration.ofDays(1)), null);
        Rtr revoked = rtr(BILL, NOW.plus(Duration.ofDays(7)), NOW.minus(Duration.ofHours(1)));
        Rtr noRate = rtr(null, NOW.plus(Duration.ofDays(7)), null);

        assertThat(RtrRules.problem(euros, BILL, NOW)).contains("is in EUR, the bill rate in USD");
        assertThat(RtrRules.problem(expired, BILL, NOW)).contains("expired on");
        assertThat(RtrRules.problem(revoked, BILL, NOW)).contains("was revoked on");
        assertThat(RtrRules.problem(noRate, BILL, NOW)).isNull();
    }

    @Test
    void noBillRate_isCoveredOnlyByAnRtrNamingNoRate_neverAnError() {
        Rtr at85 = rtr(BILL, NOW.plus(Duration.ofDays(7)), null);
        Rtr noRate = rtr(null, NOW.plus(Duration.ofDays(7)), null);

        assertThat(RtrRules.problem(at85, null, NOW))
                .contains("consents to 85 USD/HOUR")
                .contains("the submission has no bill rate");
        assertThat(RtrRules.problem(noRate, null, NOW)).isNull();
    }

    @Test
    void cover_takesTheFirstThatCovers_withTheEarlierOnesProblems() {
        Rtr at60 = rtr(new Rate(new BigDecimal("60"), "USD", RateUnit.HOUR, null), NOW.plus(Duration.ofDays(7)), null);
        Rtr at85 = rtr(BILL, NOW.plus(Duration.ofDays(7)), null);

        RtrRules.Cover covered = RtrRules.cover(List.of(at60, at85), BILL, NOW);
        RtrRules.Cover none = RtrRules.cover(List.of(at60), BILL, NOW);

        assertThat(covered.covered()).isTrue();
        assertThat(covered.rtr()).isEqualTo(at85);
        assertThat(covered.problems()).singleElement().asString().contains("consents to 60");
        assertThat(none.covered()).isFalse();
        assertThat(none.problems()).hasSize(1);
        assertThat(RtrRules.cover(List.of(), BILL, NOW).problems()).isEmpty();
    }

    private static Rtr rtr(Rate rate, Instant expiresAt, Instant revokedAt) {
        return new Rtr(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                null,
                NOW.minus(Duration.ofDays(1)),
                expiresAt,
                rate,
                "RTR.pdf",
                "I consent.",
                "00",
                revokedAt,
                revokedAt == null ? null : "withdrawn",
                "riley@example.com",
                NOW.minus(Duration.ofDays(1)));
    }
}

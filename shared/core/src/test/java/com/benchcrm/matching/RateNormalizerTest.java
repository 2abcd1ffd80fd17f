package com.benchcrm.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.benchcrm.common.EmploymentType;
import com.benchcrm.common.Rate;
import com.benchcrm.common.RateUnit;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RateNormalizerTest {

    private static Rate rate(String amount, RateUnit unit, EmploymentType type) {
        return new Rate(new BigDecimal(amount), "USD", unit, type);
    }

    @Test
    void units_normalizeToHours_8PerDay_2080PerYear() {
        assertThat(RateNormalizer.c2cHourly(rate("800", RateUnit.DAY, EmploymentType.C2C)))
                .isEqualTo(100.0);
        assertThat(RateNormalizer.c2cHourly(rate("208000", RateUnit.YEAR, EmploymentType.C2C)))
                .isEqualTo(100.0);
        assertThat(RateNormalizer.c2cHourly(rate("17333.33", RateUnit.MONTH, EmploymentType.C2C)))
                .isCloseTo(100.0, within(0.01));
    }

    @Test
    void employmentTypes_convertToC2cEquivalent() {
        assertThat(RateNormalizer.c2cHourly(rate("85", RateUnit.HOUR, EmploymentType.W2)))
                .isCloseTo(100.0, within(1e-9));
        assertThat(RateNormalizer.c2cHourly(rate("92", RateUnit.HOUR, EmploymentType.C1099)))
                .isCloseTo(100.0, within(1e-9));
        // a $100k salary: $48.08/h, x1.35
        assertThat(RateNormalizer.c2cHourly(rate("100000", RateUnit.YEAR, EmploymentType.FULL_TIME)))
                .isCloseTo(64.90, within(0.01));
        assertThat(RateNormalizer.c2cHourly(rate("70", RateUnit.HOUR, null))).isEqualTo(70.0);
    }

    @Test
    void everyUnitAndType_givesAPositiveFiniteHourlyAmount() {
        for (RateUnit u : RateUnit.values()) {
            for (EmploymentType t : EmploymentType.values()) {
                double h = RateNormalizer.c2cHourly(rate("1000", u, t));
                assertThat(h).isPositive().isFinite();
            }
        }
    }

    @Test
    void rateFit_isAt065AtBudget_decreasesAsTheRateRises() {
        assertThat(MatchEngine.rateFit(0)).isCloseTo(0.646, within(0.001));
        assertThat(MatchEngine.rateFit(-0.05)).isCloseTo(0.5, within(1e-9));
        double previous = 1;
        for (int over = -50; over <= 100; over += 5) {
            double fit = MatchEngine.rateFit(-over / 100.0);
            assertThat(fit).isLessThan(previous).isBetween(0.0, 1.0);
            previous = fit;
        }
    }
}

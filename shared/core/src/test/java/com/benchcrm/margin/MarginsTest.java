package com.benchcrm.margin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.common.EmploymentType;
import com.benchcrm.common.Rate;
import com.benchcrm.common.RateUnit;
import com.benchcrm.common.ValidationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MarginsTest {

    static final BigDecimal BURDEN = new BigDecimal("15");

    static Rate rate(String amount, RateUnit unit, EmploymentType type) {
        return new Rate(new BigDecimal(amount), "USD", unit, type);
    }

    @Test
    void c2cHourly_marginIsTheDifference_percentOfBill_markupOfCost() {
        Margin m = Margins.of(rate("100", RateUnit.HOUR, null), rate("80", RateUnit.HOUR, EmploymentType.C2C), BURDEN);

        assertThat(m.marginHourly()).isEqualByComparingTo("20");
        assertThat(m.marginPercent()).isEqualByComparingTo("20");
        assertThat(m.markupPercent()).isEqualByComparingTo("25");
        assertThat(m.below(new BigDecimal("10"))).isFalse();
    }

    @Test
    void w2Pay_carriesTheTenantsBurden_1099DoesNot() {
        Margin w2 = Margins.of(rate("100", RateUnit.HOUR, null), rate("80", RateUnit.HOUR, EmploymentType.W2), BURDEN);
        Margin c1099 =
                Margins.of(rate("100", RateUnit.HOUR, null), rate("80", RateUnit.HOUR, EmploymentType.C1099), BURDEN);

        assertThat(w2.costHourly()).isEqualByComparingTo("92");
        assertThat(w2.marginHourly()).isEqualByComparingTo("8");
        assertThat(c1099.costHourly()).isEqualByComparingTo("80");
    }

    @Test
    void units_areNormalizedToHours_aYearlySalaryAgainstADailyBill() {
        // 680/day = 85/h; 120,000/year = 57.6923/h, W2 +15 % = 66.3462/h
        Margin m =
                Margins.of(rate("680", RateUnit.DAY, null), rate("120000", RateUnit.YEAR, EmploymentType.W2), BURDEN);

        assertThat(m.billHourly()).isEqualByComparingTo("85");
        assertThat(m.costHourly()).isEqualByComparingTo("66.3462");
        assertThat(m.marginHourly()).isEqualByComparingTo("18.6538");
        assertThat(m.marginPercent()).isEqualByComparingTo("21.9457");
    }

    @Test
    void monthlyRates_useATwelfthOf2080Hours() {
        Margin m = Margins.of(rate("17333.33", RateUnit.MONTH, null), rate("80", RateUnit.HOUR, null), BURDEN);

        assertThat(m.billHourly()).isEqualByComparingTo("100.0000");
    }

    @Test
    void payAboveBill_isANegativeMargin_belowAnyFloor() {
        Margin m = Margins.of(rate("70", RateUnit.HOUR, null), rate("75", RateUnit.HOUR, null), BURDEN);

        assertThat(m.negative()).isTrue();
        assertThat(m.below(new BigDecimal("-50"))).isTrue();
    }

    @Test
    void thinMargin_isBelowTheFloor_butNotBelowALowerOne() {
        Margin m = Margins.of(rate("100", RateUnit.HOUR, null), rate("92", RateUnit.HOUR, null), BURDEN);

        assertThat(m.below(new BigDecimal("10"))).isTrue();
        assertThat(m.below(new BigDecimal("8"))).isFalse();
    }

    @Test
    void twoCurrencies_areRefusedOnThePayCurrency() {
        Rate eur = new Rate(new BigDecimal("60"), "EUR", RateUnit.HOUR, null);

        assertThatThrownBy(() -> Margins.of(rate("100", RateUnit.HOUR, null), eur, BURDEN))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .singleElement()
                                .satisfies(f -> assertThat(f.field()).isEqualTo("/payRate/currency")));
    }

    @Test
    void aUnitTypedWrong_tenTimesApart_isRefusedWithBothHourlyFigures() {
        // 120,000 typed as an hourly pay against an 85/h bill
        assertThatThrownBy(
                        () -> Margins.of(rate("85", RateUnit.HOUR, null), rate("120000", RateUnit.HOUR, null), BURDEN))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errors())
                            .singleElement()
                            .satisfies(f -> assertThat(f.field()).isEqualTo("/payRate"));
                    assertThat(e.getMessage())
                            .contains("120000.00")
                            .contains("85.00")
                            .contains("ten times");
                });
        assertThatThrownBy(() -> Margins.of(rate("85", RateUnit.DAY, null), rate("120", RateUnit.HOUR, null), BURDEN))
                .isInstanceOf(ValidationException.class);
    }
}

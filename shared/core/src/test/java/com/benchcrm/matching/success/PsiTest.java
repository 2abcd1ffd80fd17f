package com.benchcrm.matching.success;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PsiTest {

    @Test
    void shiftedShares_giveTheTextbookValue() {
        // (0.25 - 0.5) ln(0.25/0.5) + (0.75 - 0.5) ln(0.75/0.5) = 0.25 ln 2 + 0.25 ln 1.5
        double expected = 0.25 * Math.log(2) + 0.25 * Math.log(1.5);

        assertThat(Psi.psi(new double[] {0.5, 0.5}, new double[] {0.25, 0.75})).isCloseTo(expected, within(1e-12));
        assertThat(expected).isCloseTo(0.274653, within(1e-6));
        assertThat(Psi.level(expected)).isEqualTo("significant");
    }

    @Test
    void psi_isSymmetric_andZeroForTheSameDistribution() {
        double[] a = {0.1, 0.2, 0.3, 0.4};
        double[] b = {0.25, 0.25, 0.25, 0.25};

        assertThat(Psi.psi(a, a)).isZero();
        assertThat(Psi.psi(a, b)).isCloseTo(Psi.psi(b, a), within(1e-12));
    }

    @Test
    void anEmptyRecentBin_isFlooredNotInfinite() {
        double psi = Psi.psi(new double[] {0.5, 0.5}, new double[] {1.0, 0.0});

        // (1 - 0.5) ln(1/0.5) + (1e-4 - 0.5) ln(1e-4/0.5)
        assertThat(psi).isCloseTo(0.5 * Math.log(2) + (1e-4 - 0.5) * Math.log(1e-4 / 0.5), within(1e-12));
        assertThat(Double.isFinite(psi)).isTrue();
    }

    @Test
    void deciles_ofAUniformRange_areTenEqualBins() {
        double[] training = new double[1000];
        for (int i = 0; i < training.length; i++) {
            training[i] = i;
        }

        ModelCard.Histogram h = Psi.histogram(training, Psi.BINS);

        assertThat(h.cuts()).containsExactly(99.0, 199.0, 299.0, 399.0, 499.0, 599.0, 699.0, 799.0, 899.0);
        assertThat(h.shares()).hasSize(10).allSatisfy(s -> assertThat(s).isCloseTo(0.1, within(1e-12)));
        assertThat(Psi.psi(h, training)).isCloseTo(0, within(1e-12));
    }

    @Test
    void recentTrafficInTheLowerHalfOnly_hasTheComputedPsi() {
        double[] training = new double[1000];
        for (int i = 0; i < training.length; i++) {
            training[i] = i;
        }
        double[] recent = new double[500];
        for (int i = 0; i < recent.length; i++) {
            recent[i] = i; // 0..499: the first five deciles, 0.2 each; the upper five empty
        }

        double psi = Psi.psi(Psi.histogram(training, Psi.BINS), recent);

        double expected = 5 * (0.2 - 0.1) * Math.log(0.2 / 0.1) + 5 * (1e-4 - 0.1) * Math.log(1e-4 / 0.1);
        assertThat(psi).isCloseTo(expected, within(1e-9));
        assertThat(Psi.level(psi)).isEqualTo("significant");
    }

    @Test
    void aBinaryFeature_hasTwoBins_andAConstantOneHasOne() {
        double[] flagged = new double[100];
        for (int i = 0; i < 30; i++) {
            flagged[i] = 1;
        }

        ModelCard.Histogram binary = Psi.histogram(flagged, Psi.BINS);
        ModelCard.Histogram constant = Psi.histogram(new double[] {0.5, 0.5, 0.5}, Psi.BINS);

        assertThat(binary.cuts()).containsExactly(0.0);
        assertThat(binary.shares()).containsExactly(0.7, 0.3);
        assertThat(constant.cuts()).isEmpty();
        assertThat(constant.shares()).containsExactly(1.0);
        assertThat(Psi.psi(constant, new double[] {0.1, 0.9})).isZero();
        // 70/30 -> 50/50: (0.5-0.7) ln(0.5/0.7) + (0.5-0.3) ln(0.5/0.3)
        assertThat(Psi.psi(binary, new double[] {0, 1}))
                .isCloseTo(-0.2 * Math.log(0.5 / 0.7) + 0.2 * Math.log(0.5 / 0.3), within(1e-12));
    }

    @Test
    void aSampleOfTheSameDistribution_isStable_andAOneSigmaShiftIsSignificant() {
        Random r = new Random(7);
        double[] training = new double[20_000];
        double[] same = new double[20_000];
        double[] shifted = new double[20_000];
        for (int i = 0; i < training.length; i++) {
            training[i] = r.nextGaussian();
            same[i] = r.nextGaussian();
            shifted[i] = r.nextGaussian() + 1;
        }
        ModelCard.Histogram h = Psi.histogram(training, Psi.BINS);

        assertThat(Psi.psi(h, same)).isLessThan(0.01);
        // for normal distributions a mean shift of d gives PSI near d^2 (1.0 with fine bins; deciles lose a little)
        assertThat(Psi.psi(h, shifted)).isBetween(0.8, 1.1);
        assertThat(Psi.level(Psi.psi(h, same))).isEqualTo("stable");
    }

    @Test
    void noRecentTraffic_isNaN_notZero() {
        ModelCard.Histogram h = new ModelCard.Histogram(List.of(0.5), List.of(0.5, 0.5));

        assertThat(Psi.psi(h, new double[0])).isNaN();
        assertThat(Psi.level(Double.NaN)).isEqualTo("no traffic");
    }
}

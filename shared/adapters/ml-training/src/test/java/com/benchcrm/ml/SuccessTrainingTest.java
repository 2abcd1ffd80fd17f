package com.benchcrm.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.demo.DemoData;
import com.benchcrm.demo.DemoOutcomes;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The training job on the demo's generated history (outcomes from a hidden ground-truth model plus noise):
 * fitted on the earlier 70 % of submissions, judged on the later 30 % it never saw.
 */
class SuccessTrainingTest {

    static List<LabelledRow> train;
    static List<LabelledRow> holdout;

    @BeforeAll
    static void history() {
        List<LabelledRow> rows =
                DemoOutcomes.examples(DemoData.DEFAULT_SEED, 240, 500, DemoOutcomes.Label.PLACED).stream()
                        .sorted(Comparator.comparing(DemoOutcomes.Example::submittedAt))
                        .map(e -> new LabelledRow(e.features(), e.label(), e.uncalibrated(), e.submittedAt()))
                        .toList();
        int cut = (int) (rows.size() * 0.7);
        train = rows.subList(0, cut);
        holdout = rows.subList(cut, rows.size());
    }

    @Test
    void calibratedModels_beatTheFixedCurve_onALaterHoldout() {
        SuccessTraining.Result r = SuccessTraining.train(
                train, "v-test", DemoOutcomes.Label.PLACED.description, Instant.parse("2026-12-01T00:00:00Z"));
        double[][] x = holdout.stream().map(LabelledRow::x).toArray(double[][]::new);
        int[] y = holdout.stream().mapToInt(LabelledRow::y).toArray();
        double[] fixed = holdout.stream().mapToDouble(LabelledRow::baseline).toArray();
        double[] served = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            served[i] = r.model().probability(x[i]);
        }
        double fixedBrier = Metrics.brier(fixed, y);
        assertThat(Metrics.brier(served, y)).isLessThan(fixedBrier * 0.9);
        assertThat(Metrics.brier(r.fitted().trees(x), y)).isLessThan(fixedBrier * 0.9);
        assertThat(Metrics.auc(served, y)).isGreaterThan(0.6);
        // calibrated: the mean prediction is near the observed rate on data it never saw
        double meanP = java.util.Arrays.stream(served).average().orElseThrow();
        double rate = java.util.Arrays.stream(y).average().orElseThrow();
        assertThat(Math.abs(meanP - rate)).isLessThan(0.08);
        assertThat(r.model().calibrated()).isEqualTo(train.size() >= SuccessTraining.MIN_LABELLED);
        assertThat(r.card().metrics())
                .containsKeys(
                        "uncalibrated curve", "logistic regression + Platt (served)", "gradient-boosted trees + Platt");
        assertThat(r.trees()).isNotEmpty();
        // the drift baseline: every feature and the score binned; the later holdout of the same generator is stable
        assertThat(r.card().trainingBins()).containsKeys("skills", "matchScore", "flagged", "score");
        r.card()
                .trainingBins()
                .values()
                .forEach(h -> assertThat(h.shares().stream()
                                .mapToDouble(Double::doubleValue)
                                .sum())
                        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9)));
        double[] heldSkills = holdout.stream().mapToDouble(row -> row.x()[0]).toArray();
        assertThat(com.benchcrm.matching.success.Psi.psi(r.card().trainingBins().get("skills"), heldSkills))
                .isLessThan(com.benchcrm.matching.success.Psi.SIGNIFICANT);
    }

    @Test
    void belowTheMinimum_theModelIsTrainedButNotCalibrated() {
        SuccessTraining.Result r = SuccessTraining.train(
                train.subList(0, 120), "v-small", DemoOutcomes.Label.PLACED.description, Instant.EPOCH);
        assertThat(r.model().calibrated()).isFalse();
        assertThat(r.card().notes()).contains("calibrated: false");
    }

    @Test
    void oneClassOnly_isRefused() {
        List<LabelledRow> negatives = train.stream().filter(l -> l.y() == 0).toList();
        assertThatThrownBy(() -> SuccessTraining.train(negatives, "v-x", "x", Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too few");
    }

    @Test
    void metrics_onKnownCases() {
        assertThat(Metrics.auc(new double[] {0.1, 0.4, 0.35, 0.8}, new int[] {0, 0, 1, 1}))
                .isEqualTo(0.75);
        assertThat(Metrics.brier(new double[] {1, 0}, new int[] {1, 1})).isEqualTo(0.5);
        assertThat(Metrics.prAuc(new double[] {0.9, 0.8, 0.7}, new int[] {1, 0, 1}))
                .isCloseTo((1 + 2 / 3.0) / 2, org.assertj.core.data.Offset.offset(1e-12));
    }
}

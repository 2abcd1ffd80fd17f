package com.benchcrm.ml;

import com.benchcrm.matching.success.ModelCard;
import com.benchcrm.matching.success.Psi;
import com.benchcrm.matching.success.SuccessFeatures;
import com.benchcrm.matching.success.SuccessModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import ml.dmlc.xgboost4j.java.Booster;

/**
 * Turns labelled outcomes into a success model and its card (ADR 0076):
 * <ol>
 * <li>{@value #FOLDS}-fold cross-validation: in each fold a logistic regression and gradient-boosted trees are
 *     fitted on the other folds and score the held one (out-of-fold log-odds for every row);</li>
 * <li>Platt scaling is fitted on the out-of-fold log-odds (so the calibration never sees a score its own row
 *     trained); the card's metrics are those out-of-fold predictions, calibrated by a Platt fit on the other folds;</li>
 * <li>the final models are fitted on all rows. The logistic regression with its Platt scaling is the served
 *     model (inference in the request path is arithmetic); the trees are stored beside it with their metrics.</li>
 * </ol>
 * The model says {@code calibrated: true} only with at least {@value #MIN_LABELLED} labelled outcomes and
 * {@value #MIN_PER_CLASS} of each class.
 */
public final class SuccessTraining {

    public static final int MIN_LABELLED = 200;
    public static final int MIN_PER_CLASS = 20;
    public static final int FOLDS = 5;
    /** L2 strength of the regression (on standardized features). */
    public static final double LAMBDA = 1e-3;

    private SuccessTraining() {}

    /** The fitted pair of calibrated models. */
    public record Fitted(LogisticRegression.Fit logistic, double[] logisticPlatt, Booster trees, double[] treesPlatt) {

        public double[] logistic(double[][] x) {
            double[] p = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                p[i] = SuccessModel.sigmoid(logisticPlatt[0] * logistic.logit(x[i]) + logisticPlatt[1]);
            }
            return p;
        }

        public double[] trees(double[][] x) {
            double[] m = GradientBoosting.margins(trees, x);
            double[] p = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                p[i] = SuccessModel.sigmoid(treesPlatt[0] * m[i] + treesPlatt[1]);
            }
            return p;
        }
    }

    /** What a training run produced. */
    public record Result(SuccessModel model, ModelCard card, byte[] trees, Fitted fitted) {}

    /** Fits both models with Platt scaling from out-of-fold scores (no metrics). */
    public static Fitted fit(double[][] x, int[] y) {
        int[] fold = folds(x.length);
        double[] oofLr = new double[x.length];
        double[] oofGbt = new double[x.length];
        crossValidate(x, y, fold, oofLr, oofGbt);
        return new Fitted(
                LogisticRegression.fit(x, y, LAMBDA),
                LogisticRegression.platt(oofLr, y),
                GradientBoosting.fit(x, y),
                LogisticRegression.platt(oofGbt, y));
    }

    /**
     * The whole job on {@code rows}: fit, measure out of fold, build the served model and its card.
     *
     * @throws IllegalArgumentException when there are too few rows to cross-validate (under 2 of a class per fold)
     */
    public static Result train(List<LabelledRow> rows, String version, String label, Instant now) {
        long t0 = System.nanoTime();
        int positives = (int) rows.stream().filter(r -> r.y() == 1).count();
        int negatives = rows.size() - positives;
        if (positives < FOLDS || negatives < FOLDS) {
            throw new IllegalArgumentException(
                    "too few labelled outcomes to train: " + rows.size() + " (" + positives + " successes); at least "
                            + FOLDS + " of each class are needed, " + MIN_LABELLED + " to be calibrated");
        }
        double[][] x = rows.stream().map(LabelledRow::x).toArray(double[][]::new);
        int[] y = rows.stream().mapToInt(LabelledRow::y).toArray();
        double[] baseline = rows.stream().mapToDouble(LabelledRow::baseline).toArray();
        int[] fold = folds(x.length);
        double[] oofLr = new double[x.length];
        double[] oofGbt = new double[x.length];
        crossValidate(x, y, fold, oofLr, oofGbt);
        // metrics: each fold's scores calibrated by a Platt fit on the other folds' out-of-fold scores
        double[] pLr = calibratedOutOfFold(oofLr, y, fold);
        double[] pGbt = calibratedOutOfFold(oofGbt, y, fold);
        double[] rawLr = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            rawLr[i] = SuccessModel.sigmoid(oofLr[i]);
        }
        Map<String, Map<String, Double>> metrics = new LinkedHashMap<>();
        metrics.put("uncalibrated curve", Metrics.all(baseline, y));
        metrics.put("logistic regression", Metrics.all(rawLr, y));
        metrics.put("logistic regression + Platt (served)", Metrics.all(pLr, y));
        metrics.put("gradient-boosted trees + Platt", Metrics.all(pGbt, y));

        LogisticRegression.Fit lr = LogisticRegression.fit(x, y, LAMBDA);
        double[] platt = LogisticRegression.platt(oofLr, y);
        Booster trees = GradientBoosting.fit(x, y);
        boolean calibrated = rows.size() >= MIN_LABELLED && positives >= MIN_PER_CLASS && negatives >= MIN_PER_CLASS;
        Instant from = rows.stream()
                .map(LabelledRow::at)
                .min(Comparator.naturalOrder())
                .orElse(now);
        Instant to = rows.stream()
                .map(LabelledRow::at)
                .max(Comparator.naturalOrder())
                .orElse(now);
        SuccessModel model = new SuccessModel(
                version,
                SuccessModel.LOGISTIC_PLATT,
                SuccessFeatures.NAMES,
                lr.means(),
                lr.scales(),
                lr.coefficients(),
                lr.intercept(),
                platt[0],
                platt[1],
                calibrated,
                rows.size(),
                now);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        String notes = calibrated
                ? "served: logistic regression + Platt; trees stored for comparison (gbt.ubj)"
                : "fewer than " + MIN_LABELLED + " labelled outcomes (or " + MIN_PER_CLASS
                        + " of a class): recommendations keep the"
                        + " fixed curve (calibrated: false) even while this version is active";
        ModelCard card = new ModelCard(
                version,
                SuccessModel.LOGISTIC_PLATT,
                label,
                now,
                from,
                to,
                rows.size(),
                positives,
                calibrated,
                MIN_LABELLED,
                SuccessFeatures.NAMES,
                metrics,
                Metrics.reliability(pLr, y, 10),
                ms,
                notes,
                trainingBins(x, model));
        return new Result(
                model,
                card,
                GradientBoosting.bytes(trees),
                new Fitted(lr, platt, trees, LogisticRegression.platt(oofGbt, y)));
    }

    /**
     * The drift baseline (ADR 0078): decile bins of each feature and of the served model's score over the training
     * rows.
     */
    static Map<String, ModelCard.Histogram> trainingBins(double[][] x, SuccessModel model) {
        Map<String, ModelCard.Histogram> bins = new LinkedHashMap<>();
        List<String> names = model.features();
        for (int f = 0; f < names.size(); f++) {
            double[] column = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                column[i] = x[i][f];
            }
            bins.put(names.get(f), Psi.histogram(column, Psi.BINS));
        }
        double[] scores = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            scores[i] = model.probability(x[i]);
        }
        bins.put(ModelCard.SCORE, Psi.histogram(scores, Psi.BINS));
        return bins;
    }

    private static void crossValidate(double[][] x, int[] y, int[] fold, double[] oofLr, double[] oofGbt) {
        for (int k = 0; k < FOLDS; k++) {
            List<Integer> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < x.length; i++) {
                (fold[i] == k ? test : train).add(i);
            }
            double[][] xt = train.stream().map(i -> x[i]).toArray(double[][]::new);
            int[] yt = train.stream().mapToInt(i -> y[i]).toArray();
            double[][] xh = test.stream().map(i -> x[i]).toArray(double[][]::new);
            if (xh.length == 0) {
                continue;
            }
            LogisticRegression.Fit lr = LogisticRegression.fit(xt, yt, LAMBDA);
            Booster b = GradientBoosting.fit(xt, yt);
            double[] m = GradientBoosting.margins(b, xh);
            for (int j = 0; j < test.size(); j++) {
                oofLr[test.get(j)] = lr.logit(xh[j]);
                oofGbt[test.get(j)] = m[j];
            }
        }
    }

    private static double[] calibratedOutOfFold(double[] scores, int[] y, int[] fold) {
        double[] p = new double[scores.length];
        for (int k = 0; k < FOLDS; k++) {
            List<Integer> other = new ArrayList<>();
            for (int i = 0; i < scores.length; i++) {
                if (fold[i] != k) {
                    other.add(i);
                }
            }
            double[] ab = LogisticRegression.platt(
                    other.stream().mapToDouble(i -> scores[i]).toArray(),
                    other.stream().mapToInt(i -> y[i]).toArray());
            for (int i = 0; i < scores.length; i++) {
                if (fold[i] == k) {
                    p[i] = SuccessModel.sigmoid(ab[0] * scores[i] + ab[1]);
                }
            }
        }
        return p;
    }

    /** A fixed shuffle of the rows into {@link #FOLDS} folds (the same rows give the same folds). */
    static int[] folds(int n) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, new Random(20261206L));
        int[] fold = new int[n];
        for (int j = 0; j < n; j++) {
            fold[order.get(j)] = j % FOLDS;
        }
        return fold;
    }
}

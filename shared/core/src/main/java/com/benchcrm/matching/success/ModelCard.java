package com.benchcrm.matching.success;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a registered model is and how well it did (ADR 0076), stored beside its artifact and returned by
 * {@code GET /v1/models}.
 *
 * @param label         what counted as a success (e.g. "reached an interview")
 * @param windowFrom    the earliest labelled outcome's recommendation (or submission) time
 * @param windowTo      the latest
 * @param labelled      labelled outcomes used; {@code positives} of them successes
 * @param metrics       cross-validated metrics by model, e.g. {@code "logistic+platt" -> {brier, auc, prAuc}}
 * @param calibration   the reliability table of the served model (out-of-fold predictions)
 * @param trainingMillis wall time of the whole training job
 * @param trainingBins  the training distribution of each feature and of the served model's score ({@value #SCORE}),
 *                      as decile bins: the baseline of drift ({@link Psi}, ADR 0078); null on cards trained before
 */
public record ModelCard(
        String version,
        String kind,
        String label,
        Instant trainedAt,
        Instant windowFrom,
        Instant windowTo,
        int labelled,
        int positives,
        boolean calibrated,
        int minimumOutcomes,
        List<String> features,
        Map<String, Map<String, Double>> metrics,
        List<Bin> calibration,
        long trainingMillis,
        String notes,
        Map<String, Histogram> trainingBins) {

    /** The key of the served model's score in {@link #trainingBins}. */
    public static final String SCORE = "score";

    /** A card without drift bins (as trained before ADR 0078). */
    public ModelCard(
            String version,
            String kind,
            String label,
            Instant trainedAt,
            Instant windowFrom,
            Instant windowTo,
            int labelled,
            int positives,
            boolean calibrated,
            int minimumOutcomes,
            List<String> features,
            Map<String, Map<String, Double>> metrics,
            List<Bin> calibration,
            long trainingMillis,
            String notes) {
        this(
                version,
                kind,
                label,
                trainedAt,
                windowFrom,
                windowTo,
                labelled,
                positives,
                calibrated,
                minimumOutcomes,
                features,
                metrics,
                calibration,
                trainingMillis,
                notes,
                null);
    }

    /**
     * A training distribution: the cut points between bins (right-closed, ascending) and the share of the training
     * rows in each of the {@code cuts.size() + 1} bins.
     */
    public record Histogram(List<Double> cuts, List<Double> shares) {}

    /** One row of a reliability table: predictions in [from, to), their mean, the observed rate. */
    public record Bin(double from, double to, int count, double meanPredicted, double observed) {}
}

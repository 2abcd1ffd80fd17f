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
 */
public record ModelCard(String version, String kind, String label, Instant trainedAt, Instant windowFrom, Instant windowTo,
                        int labelled, int positives, boolean calibrated, int minimumOutcomes, List<String> features,
                        Map<String, Map<String, Double>> metrics, List<Bin> calibration, long trainingMillis, String notes) {

    /** One row of a reliability table: predictions in [from, to), their mean, the observed rate. */
    public record Bin(double from, double to, int count, double meanPredicted, double observed) {
    }
}

package com.benchcrm.ml;

import java.time.Instant;

/**
 * One training example: the features of a scored match ({@link com.benchcrm.matching.success.SuccessFeatures}),
 * whether it succeeded (1) or not (0), the probability the fixed curve gave it (the uncalibrated baseline),
 * and when it was recommended or submitted (for time splits and the card's data window).
 */
public record LabelledRow(double[] x, int y, double baseline, Instant at) {

    public LabelledRow {
        if (y != 0 && y != 1) {
            throw new IllegalArgumentException("label must be 0 or 1");
        }
    }
}

package com.benchcrm.function.httpapi.recommendation;

/** Scores and factor values go out with four decimal places. */
final class Rounding {

    private Rounding() {}

    static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}

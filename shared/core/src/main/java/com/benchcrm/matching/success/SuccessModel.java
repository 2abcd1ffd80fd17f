package com.benchcrm.matching.success;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A fitted success model as served: a logistic regression over {@link SuccessFeatures} followed by Platt
 * scaling of its log-odds, both fitted to outcomes (ADR 0076). Inference is a dot product and two
 * logistic functions: cheap enough for every candidate of every request.
 *
 * <pre>{@code
 * double p = model.probability(SuccessFeatures.of(result));
 * }</pre>
 *
 * @param version      the registry's version, recorded in every recommendation it scored
 * @param features     the names of the inputs, {@link SuccessFeatures#NAMES} when trained
 * @param coefficients one per feature (on standardized inputs: {@code (x - mean) / scale})
 * @param calibrated   true when the model was trained on at least the minimum of labelled outcomes with
 *                     both classes and calibrated; only then does a recommendation say {@code calibrated: true}
 */
public record SuccessModel(String version, String kind, List<String> features, double[] means, double[] scales,
                           double[] coefficients, double intercept, double plattA, double plattB, boolean calibrated,
                           int labelled, Instant trainedAt) {

    /** The kind of this model (the artifact's format). */
    public static final String LOGISTIC_PLATT = "logistic-regression+platt";

    public SuccessModel {
        Objects.requireNonNull(version, "version");
        features = List.copyOf(features);
        if (means.length != features.size() || scales.length != features.size() || coefficients.length != features.size()) {
            throw new IllegalArgumentException("one mean, scale and coefficient per feature");
        }
    }

    /** The uncalibrated log-odds of the regression. */
    public double logit(double[] x) {
        double z = intercept;
        for (int i = 0; i < coefficients.length; i++) {
            double s = scales[i] == 0 ? 1 : scales[i];
            z += coefficients[i] * (x[i] - means[i]) / s;
        }
        return z;
    }

    /** The calibrated probability of success for one feature vector. */
    public double probability(double[] x) {
        return sigmoid(plattA * logit(x) + plattB);
    }

    public static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}

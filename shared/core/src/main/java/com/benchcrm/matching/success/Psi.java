package com.benchcrm.matching.success;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The population stability index (PSI) between a training distribution and recent traffic (ADR 0078):
 * {@code PSI = sum over bins of (a - e) * ln(a / e)}, {@code e} the training share of a bin, {@code a} the recent
 * share. Bins are the training values' deciles (right-closed: {@code (-inf, c1], (c1, c2], ..., (ck, +inf)}, equal
 * cut points merged, so a 0/1 feature has two bins and a constant one a single bin). An empty bin's share is floored
 * at {@value #FLOOR} so the logarithm stays finite. The usual reading: under {@value #MODERATE} stable,
 * {@value #MODERATE} to {@value #SIGNIFICANT} moderate shift, over {@value #SIGNIFICANT} significant.
 *
 * <pre>{@code
 * ModelCard.Histogram training = Psi.histogram(trainingValues, Psi.BINS);   // stored in the model card
 * double psi = Psi.psi(training, recentValues);
 * }</pre>
 */
public final class Psi {

    public static final int BINS = 10;
    public static final double FLOOR = 1e-4;
    public static final double MODERATE = 0.1;
    public static final double SIGNIFICANT = 0.25;

    private Psi() {}

    /** The cut points at the {@code bins}-quantiles of {@code values} (merged when equal) and each bin's share. */
    public static ModelCard.Histogram histogram(double[] values, int bins) {
        if (values.length == 0) {
            throw new IllegalArgumentException("a histogram needs at least one value");
        }
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be at least 1");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        List<Double> cuts = new ArrayList<>();
        for (int q = 1; q < bins; q++) {
            // the lower q-th quantile: the value below which q/bins of the values lie (nearest rank)
            double c = sorted[Math.max(0, (int) Math.ceil(q * sorted.length / (double) bins) - 1)];
            if (c < sorted[sorted.length - 1] && (cuts.isEmpty() || c > cuts.get(cuts.size() - 1))) {
                cuts.add(c);
            }
        }
        return new ModelCard.Histogram(List.copyOf(cuts), toList(shares(cuts, values)));
    }

    /** The share of {@code values} in each bin the cut points make ({@code cuts.size() + 1} bins). */
    public static double[] shares(List<Double> cuts, double[] values) {
        double[] counts = new double[cuts.size() + 1];
        for (double v : values) {
            counts[bin(cuts, v)]++;
        }
        if (values.length > 0) {
            for (int i = 0; i < counts.length; i++) {
                counts[i] /= values.length;
            }
        }
        return counts;
    }

    /** The PSI of {@code recent} against the training histogram; NaN when there are no recent values. */
    public static double psi(ModelCard.Histogram training, double[] recent) {
        if (recent.length == 0) {
            return Double.NaN;
        }
        return psi(
                training.shares().stream().mapToDouble(Double::doubleValue).toArray(), shares(training.cuts(), recent));
    }

    /** The PSI of two share vectors over the same bins (each floored at {@value #FLOOR}). */
    public static double psi(double[] expected, double[] actual) {
        if (expected.length != actual.length) {
            throw new IllegalArgumentException(
                    "the distributions have " + expected.length + " and " + actual.length + " bins");
        }
        double sum = 0;
        for (int i = 0; i < expected.length; i++) {
            double e = Math.max(FLOOR, expected[i]);
            double a = Math.max(FLOOR, actual[i]);
            sum += (a - e) * Math.log(a / e);
        }
        return sum;
    }

    /** "stable", "moderate" or "significant" (NaN: "no traffic"). */
    public static String level(double psi) {
        if (Double.isNaN(psi)) {
            return "no traffic";
        }
        return psi > SIGNIFICANT ? "significant" : psi >= MODERATE ? "moderate" : "stable";
    }

    private static int bin(List<Double> cuts, double v) {
        int lo = 0;
        int hi = cuts.size();
        while (lo < hi) { // the first cut >= v
            int mid = (lo + hi) >>> 1;
            if (cuts.get(mid) < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static List<Double> toList(double[] a) {
        List<Double> out = new ArrayList<>(a.length);
        for (double d : a) {
            out.add(d);
        }
        return List.copyOf(out);
    }
}

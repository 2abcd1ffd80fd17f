package com.benchcrm.embedding;

import java.util.List;

/** Small vector arithmetic shared by the adapters and the matching engine. */
public final class Vectors {

    private Vectors() {}

    public static double dot(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("dimensions differ: " + a.length + " vs " + b.length);
        }
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (double) a[i] * b[i];
        }
        return s;
    }

    public static double norm(float[] a) {
        return Math.sqrt(dot(a, a));
    }

    /** Cosine similarity in [-1, 1]; 0 when either vector is zero. */
    public static double cosine(float[] a, float[] b) {
        double na = norm(a);
        double nb = norm(b);
        return na == 0 || nb == 0 ? 0 : dot(a, b) / (na * nb);
    }

    /** A unit-length copy; a zero vector is rejected (it has no direction to compare). */
    public static float[] normalize(float[] a) {
        double n = norm(a);
        if (n == 0 || !Double.isFinite(n)) {
            throw new IllegalArgumentException("cannot normalize a zero or non-finite vector");
        }
        float[] out = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = (float) (a[i] / n);
        }
        return out;
    }

    /**
     * The weighted mean of chunk vectors, re-normalized: how a long text's chunks become one vector.
     * Weights are the chunks' lengths (tokens or characters), so a short tail chunk does not count as
     * much as a full one.
     */
    public static float[] meanPool(List<float[]> vectors, List<Integer> weights) {
        if (vectors.isEmpty() || vectors.size() != weights.size()) {
            throw new IllegalArgumentException("one weight per vector, at least one vector");
        }
        int dims = vectors.get(0).length;
        double[] sum = new double[dims];
        double total = 0;
        for (int v = 0; v < vectors.size(); v++) {
            float[] x = vectors.get(v);
            if (x.length != dims) {
                throw new IllegalArgumentException("dimensions differ within one text");
            }
            int w = weights.get(v);
            if (w <= 0) {
                throw new IllegalArgumentException("weights must be positive");
            }
            total += w;
            for (int i = 0; i < dims; i++) {
                sum[i] += (double) w * x[i];
            }
        }
        float[] mean = new float[dims];
        for (int i = 0; i < dims; i++) {
            mean[i] = (float) (sum[i] / total);
        }
        return normalize(mean);
    }
}

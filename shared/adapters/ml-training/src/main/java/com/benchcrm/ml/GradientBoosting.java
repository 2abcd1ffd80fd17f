package com.benchcrm.ml;

import java.util.HashMap;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Gradient-boosted trees (XGBoost4J, {@code binary:logistic}): shallow trees, a small learning rate, one
 * thread (the training job shares its host). {@link #margins} returns the log-odds, which Platt scaling
 * then calibrates like the regression's.
 */
public final class GradientBoosting {

    static final int ROUNDS = 120;

    private GradientBoosting() {
    }

    public static Booster fit(double[][] x, int[] y) {
        try {
            DMatrix m = matrix(x);
            float[] labels = new float[y.length];
            for (int i = 0; i < y.length; i++) {
                labels[i] = y[i];
            }
            m.setLabel(labels);
            Map<String, Object> p = new HashMap<>();
            p.put("objective", "binary:logistic");
            p.put("max_depth", 3);
            p.put("eta", 0.05);
            p.put("subsample", 0.8);
            p.put("min_child_weight", 5);
            p.put("lambda", 1.0);
            p.put("nthread", 1);
            p.put("seed", 7);
            p.put("verbosity", 0);
            return XGBoost.train(m, p, ROUNDS, new HashMap<>(), null, null);
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost training failed", e);
        }
    }

    /** The trees' log-odds for each row. */
    public static double[] margins(Booster b, double[][] x) {
        try {
            float[][] out = b.predict(matrix(x), true);
            double[] m = new double[out.length];
            for (int i = 0; i < out.length; i++) {
                m[i] = out[i][0];
            }
            return m;
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost prediction failed", e);
        }
    }

    /** The model in XGBoost's UBJSON format (loadable by any XGBoost binding). */
    public static byte[] bytes(Booster b) {
        try {
            return b.toByteArray("ubj");
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost serialization failed", e);
        }
    }

    private static DMatrix matrix(double[][] x) throws XGBoostError {
        int n = x.length;
        int d = x[0].length;
        float[] flat = new float[n * d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                flat[i * d + j] = (float) x[i][j];
            }
        }
        return new DMatrix(flat, n, d, Float.NaN);
    }
}

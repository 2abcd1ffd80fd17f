package com.benchcrm.ml;

import com.benchcrm.matching.success.ModelCard;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/** Probability quality: AUC (Mann-Whitney, ties averaged), PR-AUC (average precision), Brier, log-loss, reliability. */
public final class Metrics {

    private Metrics() {
    }

    public static double brier(double[] p, int[] y) {
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            s += (p[i] - y[i]) * (p[i] - y[i]);
        }
        return s / p.length;
    }

    public static double logLoss(double[] p, int[] y) {
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            double q = Math.min(1 - 1e-12, Math.max(1e-12, p[i]));
            s -= y[i] == 1 ? Math.log(q) : Math.log(1 - q);
        }
        return s / p.length;
    }

    public static double auc(double[] p, int[] y) {
        double[] ranks = new NaturalRanking(NaNStrategy.FIXED, TiesStrategy.AVERAGE).rank(p);
        long pos = Arrays.stream(y).filter(v -> v == 1).count();
        long neg = y.length - pos;
        if (pos == 0 || neg == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            if (y[i] == 1) {
                sum += ranks[i];
            }
        }
        return (sum - pos * (pos + 1) / 2.0) / (pos * (double) neg);
    }

    /** Average precision: the mean of the precision at each positive, scores descending. */
    public static double prAuc(double[] p, int[] y) {
        Integer[] order = new Integer[p.length];
        for (int i = 0; i < p.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -p[i]).thenComparing(i -> i));
        double hits = 0;
        double sum = 0;
        for (int k = 0; k < order.length; k++) {
            if (y[order[k]] == 1) {
                hits++;
                sum += hits / (k + 1);
            }
        }
        return hits == 0 ? Double.NaN : sum / hits;
    }

    /** The reliability table in {@code bins} equal-width bins (empty bins left out). */
    public static List<ModelCard.Bin> reliability(double[] p, int[] y, int bins) {
        List<ModelCard.Bin> out = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            double from = b / (double) bins;
            double to = (b + 1) / (double) bins;
            int n = 0;
            double sp = 0;
            double sy = 0;
            for (int i = 0; i < p.length; i++) {
                if (p[i] >= from && (p[i] < to || (b == bins - 1 && p[i] <= 1))) {
                    n++;
                    sp += p[i];
                    sy += y[i];
                }
            }
            if (n > 0) {
                out.add(new ModelCard.Bin(from, to, n, sp / n, sy / n));
            }
        }
        return out;
    }

    /** brier, logLoss, auc, prAuc, base rate. */
    public static Map<String, Double> all(double[] p, int[] y) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("brier", brier(p, y));
        m.put("logLoss", logLoss(p, y));
        m.put("auc", auc(p, y));
        m.put("prAuc", prAuc(p, y));
        m.put("baseRate", Arrays.stream(y).average().orElse(Double.NaN));
        m.put("n", (double) y.length);
        return m;
    }
}

package com.benchcrm.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The generator's only source of randomness.
 *
 * <p>Every draw goes through {@link SplittableRandom#nextLong()}, whose SplitMix64 algorithm is
 * specified, and the bounded and fractional draws are derived here rather than through the JDK's
 * bounded-int helpers, so a seed yields the same data on any JDK.
 */
final class Dice {

    private final SplittableRandom random;

    Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A value in {@code [0, bound)}. */
    int below(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        return (int) Math.floorMod(random.nextLong(), (long) bound);
    }

    /** A value in {@code [low, high]}. */
    int between(int low, int high) {
        if (high < low) {
            throw new IllegalArgumentException("empty range " + low + ".." + high);
        }
        return low + below(high - low + 1);
    }

    /** A value in {@code [0, 1)}. */
    double unit() {
        return (random.nextLong() >>> 11) * 0x1.0p-53;
    }

    double uniform(double low, double high) {
        return low + (high - low) * unit();
    }

    boolean chance(double probability) {
        return unit() < probability;
    }

    <T> T pick(List<T> items) {
        return items.get(below(items.size()));
    }

    /** One item, each as likely as its weight; weights must not all be zero. */
    <T> T weighted(List<T> items, double[] weights) {
        return items.get(weightedIndex(weights));
    }

    int weightedIndex(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("weights must not all be zero");
        }
        double target = unit() * total;
        for (int i = 0; i < weights.length; i++) {
            target -= weights[i];
            if (target < 0 && weights[i] > 0) {
                return i;
            }
        }
        for (int i = weights.length - 1; i >= 0; i--) {
            if (weights[i] > 0) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** Up to {@code count} distinct items, drawn without replacement in proportion to their weights. */
    <T> List<T> weightedSample(List<T> items, double[] weights, int count) {
        double[] w = weights.clone();
        List<T> out = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            boolean any = false;
            for (double x : w) {
                any |= x > 0;
            }
            if (!any) {
                break;
            }
            int i = weightedIndex(w);
            out.add(items.get(i));
            w[i] = 0;
        }
        return out;
    }

    /** Up to {@code count} distinct items, uniformly, in random order. */
    <T> List<T> sample(List<T> items, int count) {
        List<T> copy = new ArrayList<>(items);
        int n = Math.min(count, copy.size());
        for (int i = 0; i < n; i++) {
            int j = i + below(copy.size() - i);
            T tmp = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, tmp);
        }
        return new ArrayList<>(copy.subList(0, n));
    }

    /** A random permutation of {@code 0..n-1}. */
    int[] permutation(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = below(i + 1);
            int tmp = p[i];
            p[i] = p[j];
            p[j] = tmp;
        }
        return p;
    }
}

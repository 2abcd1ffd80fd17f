package com.benchcrm.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Small summaries of repeated measurements, and the load they ran under. */
public final class Stats {

    private Stats() {}

    static String summary(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        double mean = sorted.stream().mapToLong(Long::longValue).average().orElse(0);
        return String.format(
                "median %6d ms  min %6d  max %6d  mean %8.1f  (n=%d)",
                median(sorted), sorted.get(0), sorted.get(sorted.size() - 1), mean, sorted.size());
    }

    static long median(List<Long> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** {@code /proc/loadavg}, printed with every benchmark run (these machines are shared). */
    public static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .trim();
        } catch (java.io.IOException e) {
            return "n/a";
        }
    }

    /** Deletes a directory tree (a benchmark's previous index or cluster); nothing when it is absent. */
    public static void deleteTree(java.nio.file.Path dir) throws java.io.IOException {
        if (!java.nio.file.Files.exists(dir)) {
            return;
        }
        try (var s = java.nio.file.Files.walk(dir)) {
            for (java.nio.file.Path p :
                    s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(p);
            }
        }
    }
}

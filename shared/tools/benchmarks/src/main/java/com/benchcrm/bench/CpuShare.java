package com.benchcrm.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the machine's CPU went during a measurement, from Linux's {@code /proc}: the load generator
 * (this JVM), the stack's JVM, the embedded PostgreSQL (the postmaster and its backends), and
 * everything else on the machine (other engineers' builds). Clock ticks (USER_HZ, 100 per second)
 * of user + system time, including reaped children's. Prints nothing useful off Linux.
 *
 * <pre>{@code
 * List<CpuShare.Group> groups = List.of(new CpuShare.Group("load generator", self, false), ...);
 * CpuShare.Snapshot before = CpuShare.snapshot(groups);
 * ... measure ...
 * System.out.print(CpuShare.snapshot(groups).since(before));
 * }</pre>
 */
final class CpuShare {

    private CpuShare() {}

    /** CPU ticks per process group and of the whole machine at one moment. */
    record Snapshot(Map<String, Long> ticks, long machineBusy, long machineTotal, long nanos) {

        /** A table row per group: CPU seconds, cores used on average, share of the machine's busy time. */
        String since(Snapshot before) {
            double seconds = (nanos - before.nanos) / 1e9;
            long busy = machineBusy - before.machineBusy;
            long total = machineTotal - before.machineTotal;
            StringBuilder out = new StringBuilder();
            out.append(String.format(
                    "  CPU over %.0f s (2 cores = %.0f core-seconds; machine busy %.0f %%):%n",
                    seconds, total / 100.0, total == 0 ? 0 : 100.0 * busy / total));
            out.append("  | process | CPU s | cores | share of busy |\n  |---|---:|---:|---:|\n");
            long accounted = 0;
            for (Map.Entry<String, Long> e : ticks.entrySet()) {
                long d = e.getValue() - before.ticks.getOrDefault(e.getKey(), 0L);
                accounted += d;
                out.append(row(e.getKey(), d, seconds, busy));
            }
            out.append(row("rest of the machine (other engineers' work, kernel)", busy - accounted, seconds, busy));
            return out.toString();
        }

        private static String row(String name, long ticks, double seconds, long busy) {
            return String.format(
                    "  | %s | %.1f | %.2f | %.0f %% |%n",
                    name, ticks / 100.0, ticks / 100.0 / seconds, busy == 0 ? 0 : 100.0 * ticks / busy);
        }
    }

    /** A process to account for; {@code tree}: with its live descendants (PostgreSQL's backends). */
    record Group(String name, long pid, boolean tree) {}

    static Snapshot snapshot(List<Group> groups) {
        Map<String, Long> ticks = new LinkedHashMap<>();
        for (Group g : groups) {
            long sum = ticks(g.pid(), g.tree());
            if (g.tree()) {
                for (ProcessHandle child : ProcessHandle.of(g.pid())
                        .map(p -> p.descendants().toList())
                        .orElse(List.of())) {
                    sum += ticks(child.pid(), false);
                }
            }
            ticks.merge(g.name(), sum, Long::sum);
        }
        long[] machine = machine();
        return new Snapshot(ticks, machine[0], machine[1], System.nanoTime());
    }

    /** utime + stime (+ cutime + cstime of reaped children for a root) of one process, 0 when gone. */
    static long ticks(long pid, boolean withReaped) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // the command name is in parentheses and may hold spaces: fields start after the last ')'
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // f[0] is field 3 (state): utime is field 14 -> f[11], stime f[12], cutime f[13], cstime f[14]
            long t = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return withReaped ? t + Long.parseLong(f[13]) + Long.parseLong(f[14]) : t;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    /** Busy and total ticks of all CPUs since boot ({@code /proc/stat}). */
    static long[] machine() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    /** The postmaster's pid from its data directory's {@code postmaster.pid}, if it runs. */
    static Optional<Long> postmaster(Path dataDir) {
        try {
            return Optional.of(Long.parseLong(
                    Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}

package com.benchcrm.local.events;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lowers the CPU priority of the calling thread (Linux: its scheduling "nice" value, per thread), so
 * that background work in the embedded stack, the SQS consumers' function invocations (embedding
 * with ONNX, automatic match runs, webhook deliveries), yields the cores to requests a person is
 * waiting for. In AWS each of those functions runs in its own Lambda instances, so nothing there
 * competes with the HTTP API; on a laptop's two cores they share one JVM. Java's
 * {@code Thread.setPriority} does nothing on Linux, so this runs {@code renice} on the thread's
 * kernel id once, when the thread starts. A higher nice value is always allowed to an unprivileged
 * user. Elsewhere (macOS, Windows, no {@code renice}) it does nothing and says so once at debug level.
 *
 * <pre>{@code
 * Thread.ofPlatform().start(() -> { BackgroundPriority.lowerCurrentThread(10); poll(); });
 * }</pre>
 */
public final class BackgroundPriority {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundPriority.class);

    private BackgroundPriority() {}

    /**
     * Sets the calling thread's nice value to {@code nice} (1-19; the kernel's weight at nice 10 is
     * about a tenth of nice 0's, so a busy background thread gets ~10 % of a core the request threads
     * want, and all of an idle one).
     *
     * @return whether the priority was changed
     */
    public static boolean lowerCurrentThread(int nice) {
        if (nice < 1 || nice > 19) {
            throw new IllegalArgumentException("nice must be 1-19");
        }
        Optional<Long> tid = currentThreadId();
        if (tid.isEmpty()) {
            LOG.debug("no /proc/thread-self: background threads keep their priority");
            return false;
        }
        try {
            Process p = new ProcessBuilder("renice", "-n", Integer.toString(nice), "-p", Long.toString(tid.get()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            boolean ok = p.exitValue() == 0 && niceOf(tid.get()).orElse(0) == nice;
            if (!ok) {
                LOG.debug("renice of thread {} did not take", tid.get());
            }
            return ok;
        } catch (java.io.IOException e) {
            LOG.debug("renice is not available: background threads keep their priority ({})", e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The kernel's id of the calling thread ({@code /proc/thread-self} links to {@code <pid>/task/<tid>}). */
    static Optional<Long> currentThreadId() {
        try {
            Path link = Files.readSymbolicLink(Path.of("/proc/thread-self"));
            return Optional.of(Long.parseLong(link.getFileName().toString()));
        } catch (java.io.IOException | UnsupportedOperationException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A thread's nice value (field 19 of {@code /proc/<tid>/stat}). */
    static Optional<Integer> niceOf(long tid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + tid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Optional.of(Integer.parseInt(f[16]));
        } catch (java.io.IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}

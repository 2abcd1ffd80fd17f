package com.benchcrm.local.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * What a running stack publishes for other commands ({@code token}, {@code tenant}, {@code events},
 * {@code ingest}): its pid, ports and start time. A file whose process is dead means the stack did
 * not stop cleanly.
 */
public record RunState(
        long pid,
        int httpPort,
        int postgresPort,
        int sqsPort,
        int smtpPort,
        long startedAtMillis,
        long replayFromMillis) {

    /** A state whose replay origin is its own start (the previous run stopped cleanly). */
    public RunState(long pid, int httpPort, int postgresPort, int sqsPort, int smtpPort, long startedAtMillis) {
        this(pid, httpPort, postgresPort, sqsPort, smtpPort, startedAtMillis, startedAtMillis);
    }

    /**
     * Where a start after this (crashed) run routes the archive again from: the origin this run
     * inherited. Consecutive crashes chain, so events routed by a run that crashed, then replayed by
     * a run that crashed too (a replay is not archived again), are replayed once more.
     */
    public long replayFrom() {
        return replayFromMillis > 0 ? Math.min(replayFromMillis, startedAtMillis) : startedAtMillis;
    }

    public void write(Path file) {
        Properties p = new Properties();
        p.setProperty("pid", Long.toString(pid));
        p.setProperty("http.port", Integer.toString(httpPort));
        p.setProperty("postgres.port", Integer.toString(postgresPort));
        p.setProperty("sqs.port", Integer.toString(sqsPort));
        p.setProperty("started.at", Long.toString(startedAtMillis));
        p.setProperty("smtp.port", Integer.toString(smtpPort));
        p.setProperty("replay.from", Long.toString(replayFromMillis));
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                p.store(out, "written by ./benchcrm up; removed when it stops");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Marks the file of a stack that stopped with queued work left behind: its process is gone, so
     * the next start reads it as {@link #readCrashed} and routes the archived events again.
     */
    static void markUndrained(Path file) {
        Properties p = new Properties();
        try {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            }
            p.setProperty("drained", "false");
            try (OutputStream out = Files.newOutputStream(file)) {
                p.store(
                        out,
                        "written by ./benchcrm up; left by a stop with queued work: the next start routes the archive again");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The state of a stack that is still running, if any (a stale file of a dead process is ignored). */
    public static Optional<RunState> readLive(Path file) {
        return read(file).filter(RunState::alive);
    }

    /** The state a stack left behind without stopping cleanly (its process is gone), if any. */
    public static Optional<RunState> readCrashed(Path file) {
        return read(file).filter(s -> !s.alive());
    }

    private boolean alive() {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isPresent();
    }

    private static Optional<RunState> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            return Optional.of(new RunState(
                    Long.parseLong(p.getProperty("pid")),
                    Integer.parseInt(p.getProperty("http.port")),
                    Integer.parseInt(p.getProperty("postgres.port")),
                    Integer.parseInt(p.getProperty("sqs.port", "0")),
                    Integer.parseInt(p.getProperty("smtp.port", "0")),
                    Long.parseLong(p.getProperty("started.at", "0")),
                    Long.parseLong(p.getProperty("replay.from", p.getProperty("started.at", "0")))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}

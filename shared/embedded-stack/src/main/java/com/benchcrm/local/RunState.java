package com.benchcrm.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/** What a running stack publishes for other commands ({@code token}, {@code tenant}): its pid and ports. */
public record RunState(long pid, int httpPort, int postgresPort) {

    public void write(Path file) {
        Properties p = new Properties();
        p.setProperty("pid", Long.toString(pid));
        p.setProperty("http.port", Integer.toString(httpPort));
        p.setProperty("postgres.port", Integer.toString(postgresPort));
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                p.store(out, "written by ./benchcrm up; removed when it stops");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The state of a stack that is still running, if any (a stale file of a dead process is ignored). */
    public static Optional<RunState> readLive(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            RunState state = new RunState(Long.parseLong(p.getProperty("pid")), Integer.parseInt(p.getProperty("http.port")),
                    Integer.parseInt(p.getProperty("postgres.port")));
            return ProcessHandle.of(state.pid()).filter(ProcessHandle::isAlive).map(h -> state);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}

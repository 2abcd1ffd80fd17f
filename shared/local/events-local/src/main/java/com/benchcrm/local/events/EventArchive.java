package com.benchcrm.local.events;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Every event the embedded bus accepted, one EventBridge event JSON per line
 * ({@code .benchcrm/logs/events.jsonl}): the embedded counterpart of the bus's archive in AWS, and
 * what {@code ./benchcrm events tail} follows.
 */
public final class EventArchive implements AutoCloseable {

    private final Path file;
    private final BufferedWriter out;

    public EventArchive(Path file) {
        this.file = file;
        try {
            Files.createDirectories(file.getParent());
            this.out = Files.newBufferedWriter(
                    file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path file() {
        return file;
    }

    /** Appends lines and flushes, so a reader sees them at once. */
    public synchronized void append(Iterable<String> eventJsonLines) {
        try {
            for (String line : eventJsonLines) {
                out.write(line);
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

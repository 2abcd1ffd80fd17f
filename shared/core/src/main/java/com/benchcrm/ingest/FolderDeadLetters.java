package com.benchcrm.ingest;

import com.benchcrm.common.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** The embedded stack's dead-letter queue: one JSON file per letter in a folder ({@code .benchcrm/dlq/}). */
public final class FolderDeadLetters implements DeadLetters {

    private final Path folder;

    public FolderDeadLetters(Path folder) {
        this.folder = folder;
    }

    @Override
    public void send(DeadLetter letter) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(
                    letter.at().toEpochMilli() + "-" + letter.reason() + "-" + UUID.randomUUID() + ".json");
            Files.writeString(file, Json.write(letter), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path folder() {
        return folder;
    }
}

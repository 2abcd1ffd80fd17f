package com.benchcrm.local.stack;

import com.benchcrm.common.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * {@code ./benchcrm events tail}: prints the embedded bus's event archive ({@code events.jsonl}),
 * the last few events and then each new one as it is published, optionally of one tenant only.
 *
 * <pre>
 * 12:00:00.123456  demo          RequirementImported v1  0193f7a5-...  {"id":"0193...","version":1}
 * </pre>
 */
final class EventTail {

    private final Path archive;
    private final Function<UUID, String> tenantName;
    private final Optional<UUID> tenant;
    private final PrintStream out;
    private long position;

    EventTail(Path archive, Function<UUID, String> tenantName, Optional<UUID> tenant, PrintStream out) {
        this.archive = archive;
        this.tenantName = tenantName;
        this.tenant = tenant;
        this.out = out;
    }

    /** Prints the last {@code n} matching events already in the archive. */
    void printLast(int n) throws IOException {
        Deque<String> last = new ArrayDeque<>();
        if (Files.exists(archive)) {
            try (var lines = Files.lines(archive, StandardCharsets.UTF_8)) {
                lines.map(this::format).flatMap(Optional::stream).forEach(line -> {
                    last.addLast(line);
                    if (last.size() > n) {
                        last.removeFirst();
                    }
                });
            }
            position = Files.size(archive);
        }
        last.forEach(out::println);
        out.flush();
    }

    /** Prints new events as they are appended, until {@code stop}. */
    void follow(BooleanSupplier stop, Duration poll) throws IOException, InterruptedException {
        StringBuilder partial = new StringBuilder();
        while (!stop.getAsBoolean()) {
            if (Files.exists(archive) && Files.size(archive) > position) {
                try (RandomAccessFile f = new RandomAccessFile(archive.toFile(), "r")) {
                    f.seek(position);
                    byte[] bytes = new byte[(int) Math.min(f.length() - position, 8 * 1024 * 1024)];
                    f.readFully(bytes);
                    position += bytes.length;
                    partial.append(new String(bytes, StandardCharsets.UTF_8));
                }
                int newline;
                while ((newline = partial.indexOf("\n")) >= 0) {
                    String line = partial.substring(0, newline);
                    partial.delete(0, newline + 1);
                    format(line).ifPresent(out::println);
                }
                out.flush();
            } else if (Files.exists(archive) && Files.size(archive) < position) {
                position = 0; // the archive was deleted and started again
            }
            Thread.sleep(poll);
        }
    }

    /** One archive line as one printed line, or empty when it is another tenant's (or unreadable). */
    Optional<String> format(String line) {
        try {
            JsonNode detail = Json.strict().readTree(line).path("detail");
            UUID t = UUID.fromString(detail.path("tenant").asText());
            if (tenant.isPresent() && !tenant.get().equals(t)) {
                return Optional.empty();
            }
            String time = detail.path("time").asText();
            return Optional.of(String.format(
                    "%-27s  %-14s %-26s %s  %s",
                    time,
                    tenantName.apply(t),
                    detail.path("type").asText() + " v" + detail.path("version").asInt(),
                    detail.path("id").asText(),
                    detail.path("data")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}

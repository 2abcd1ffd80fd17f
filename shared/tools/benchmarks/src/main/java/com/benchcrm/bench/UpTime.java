package com.benchcrm.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./benchcrm up} from process spawn until {@code GET /health} answers 200: the first start of
 * a fresh home (initdb, migrations, key generation) and then warm restarts on the same data.
 */
public final class UpTime {

    private UpTime() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int restarts = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path home = root.resolve("shared/tools/benchmarks/target/bench/up-home-" + System.nanoTime());
        int port = 3900 + (int) (System.nanoTime() % 90);
        System.out.printf("./benchcrm up time to ready (port %d), load before: %s%n", port, Stats.loadAverage());
        long fresh = once(root, home, port);
        System.out.printf("  fresh home (initdb + migrations)        %6d ms%n", fresh);
        List<Long> warm = new ArrayList<>();
        for (int i = 0; i < restarts; i++) {
            warm.add(once(root, home, port));
        }
        System.out.printf("  restart on existing data                 %s%n", Stats.summary(warm));
        System.out.printf("Load after: %s%n", Stats.loadAverage());
    }

    static long once(Path root, Path home, int port) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        ProcessBuilder pb = new ProcessBuilder(
                        root.resolve("benchcrm").toString(), "up", "--port", Integer.toString(port))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        Files.createDirectories(home).resolve("up.out").toFile()));
        pb.environment().put("BENCHCRM_HOME", home.toString());
        pb.environment().put("BENCHCRM_SKIP_BUILD", "1");
        long t0 = System.nanoTime();
        Process p = pb.start();
        try {
            while (true) {
                if (!p.isAlive()) {
                    throw new IllegalStateException(
                            "./benchcrm up exited: " + Files.readString(home.resolve("up.out")));
                }
                try {
                    HttpResponse<Void> r = http.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 200) {
                        return (System.nanoTime() - t0) / 1_000_000;
                    }
                } catch (java.io.IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(20);
            }
        } finally {
            p.destroy();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }
}

package com.benchcrm.vector.opensearch;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real single-node OpenSearch with the k-NN plugin, from the integ-test distribution and plugin
 * zips Maven Central has (unpacked by the {@code opensearch-it} profile into {@code target/opensearch}).
 * OpenSearch refuses to run as root, so when the test runs as root the node runs as {@code nobody}
 * through {@code setpriv}. Loopback only; stopped (with its process tree) by {@link #close()}.
 */
final class OpenSearchNode implements AutoCloseable {

    private final Process process;
    private final URI uri;
    private final Path home;

    private OpenSearchNode(Process process, URI uri, Path home) {
        this.process = process;
        this.uri = uri;
        this.home = home;
    }

    /** Empty (with the reason printed) when the distribution was not unpacked: the IT then skips. */
    static Optional<Path> distribution() {
        Path base = Path.of(System.getProperty("opensearch.home", "target/opensearch"));
        Path dist = base.resolve("dist/opensearch-" + System.getProperty("opensearch.version", "3.6.0"));
        if (!Files.isExecutable(dist.resolve("bin/opensearch"))) {
            System.out.println("OpenSearchVectorIndexIT skipped: no OpenSearch distribution at " + dist
                    + " (run with -Popensearch-it, as .ci/run does)");
            return Optional.empty();
        }
        return Optional.of(dist);
    }

    static OpenSearchNode start(Path dist) throws IOException, InterruptedException {
        Path base = dist.getParent().getParent();
        installKnnPlugin(dist, base);
        boolean root = "root".equals(System.getProperty("user.name"));
        deleteTree(base.resolve("node")); // every run starts from an empty cluster
        Path data = Files.createDirectories(base.resolve("node/data"));
        Path logs = Files.createDirectories(base.resolve("node/logs"));
        Path tmp = Files.createDirectories(base.resolve("node/tmp"));
        if (root) {
            run(List.of(
                    "chown",
                    "-R",
                    "nobody:nogroup",
                    dist.toString(),
                    base.resolve("node").toString()));
        }
        int http = freePort();
        int transport = freePort();
        List<String> cmd = new ArrayList<>();
        if (root) {
            cmd.addAll(List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"));
        }
        cmd.addAll(List.of(
                dist.resolve("bin/opensearch").toString(),
                "-Ediscovery.type=single-node",
                "-Enetwork.host=127.0.0.1",
                "-Ehttp.port=" + http,
                "-Etransport.port=" + transport,
                "-Epath.data=" + data,
                "-Epath.logs=" + logs,
                "-Ecluster.routing.allocation.disk.threshold_enabled=false"));
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(logs.resolve("stdout.log").toFile());
        pb.environment().put("OPENSEARCH_JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("OPENSEARCH_JAVA_OPTS", "-Xms512m -Xmx512m");
        pb.environment().put("OPENSEARCH_TMPDIR", tmp.toString());
        Process p = pb.start();
        OpenSearchNode node = new OpenSearchNode(p, URI.create("http://127.0.0.1:" + http), dist);
        node.awaitHealthy(Duration.ofSeconds(180), logs.resolve("stdout.log"));
        return node;
    }

    URI uri() {
        return uri;
    }

    private void awaitHealthy(Duration timeout, Path log) throws IOException, InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("OpenSearch exited with " + process.exitValue() + ":\n" + tail(log));
            }
            try {
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(uri.resolve("/_cluster/health?wait_for_status=yellow&timeout=1s"))
                                .timeout(Duration.ofSeconds(3))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("OpenSearch did not become healthy in " + timeout + ":\n" + tail(log));
    }

    private static void installKnnPlugin(Path dist, Path base) throws IOException, InterruptedException {
        if (Files.isDirectory(dist.resolve("plugins/opensearch-knn"))) {
            return;
        }
        Path zip;
        try (Stream<Path> s = Files.list(base.resolve("plugins"))) {
            zip = s.filter(f -> f.getFileName().toString().startsWith("opensearch-knn"))
                    .findFirst()
                    .orElseThrow(
                            () -> new IllegalStateException("k-NN plugin zip missing in " + base.resolve("plugins")));
        }
        ProcessBuilder pb = new ProcessBuilder(
                        dist.resolve("bin/opensearch-plugin").toString(),
                        "install",
                        "--batch",
                        zip.toUri().toString())
                .redirectErrorStream(true);
        pb.environment().put("OPENSEARCH_JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("installing the k-NN plugin failed:\n" + out);
        }
    }

    private static void run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException(cmd + " failed: " + out);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(no log)";
        }
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package com.benchcrm.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Recorder;
import org.HdrHistogram.Histogram;

/**
 * Closed-loop load over loopback against {@code ./benchcrm up} (a separate process): N clients,
 * each alternating {@code GET /v1/consultants?limit=20} and {@code GET /v1/consultants/{id}} for the
 * measured duration after a warm-up. Latencies go to HdrHistogram (microseconds).
 */
public final class LoadTest {

    private LoadTest() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int consultants = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        String javaOpts = args.length > 4 ? args[4] : "";
        Path home = root.resolve("shared/tools/benchmarks/target/bench/load-home");
        int port = 3990;
        ProcessBuilder pb = new ProcessBuilder(root.resolve("benchcrm").toString(), "up", "--port", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(Files.createDirectories(home).resolve("up.out").toFile()));
        pb.environment().put("BENCHCRM_HOME", home.toString());
        pb.environment().put("BENCHCRM_SKIP_BUILD", "1");
        pb.environment().put("BENCHCRM_JAVA_OPTS", javaOpts);
        Process stack = pb.start();
        try {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
            String base = "http://127.0.0.1:" + port;
            waitHealthy(http, base, stack, home);
            String token = token(root, home, port);
            List<String> ids = seed(http, base, token, consultants);
            System.out.printf("Load test: %d clients, %d s measured after 10 s warm-up, %d consultants in the tenant, loopback, stack opts [%s]%n",
                    clients, seconds, ids.size(), javaOpts);
            run(http, base, token, ids, clients, 10, false);
            System.out.printf("  load before measuring: %s%n", Stats.loadAverage());
            run(http, base, token, ids, clients, seconds, true);
            System.out.printf("  load after measuring:  %s%n", Stats.loadAverage());
            if (wrkAvailable()) {
                System.out.printf("Same load from wrk (C, %d connections, 2 threads, %d s per route; lighter on the shared CPU than the JDK client):%n",
                        clients, seconds);
                wrk(root, base + "/v1/consultants?limit=20", token, clients, seconds, "list (limit=20)");
                wrk(root, base + "/v1/consultants/" + ids.get(ids.size() / 2), token, clients, seconds, "get by id");
                System.out.printf("  load after wrk:        %s%n", Stats.loadAverage());
            } else {
                System.out.println("(wrk not on the PATH: apt-get install wrk for a lighter load generator)");
            }
        } finally {
            stack.destroy();
            if (!stack.waitFor(60, TimeUnit.SECONDS)) {
                stack.destroyForcibly();
            }
        }
    }

    private static void run(HttpClient http, String base, String token, List<String> ids, int clients, int seconds, boolean print)
            throws Exception {
        Recorder list = new Recorder(3);
        Recorder get = new Recorder(3);
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            pool.submit(() -> {
                boolean doList = client % 2 == 0;
                while (System.nanoTime() < end) {
                    String path = doList ? "/v1/consultants?limit=20"
                            : "/v1/consultants/" + ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
                    HttpRequest req = HttpRequest.newBuilder(URI.create(base + path)).header("authorization", "Bearer " + token).GET().build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        long micros = (System.nanoTime() - t0) / 1_000;
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                        (doList ? list : get).recordValue(Math.max(1, micros));
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    doList = !doList;
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        if (print) {
            report("list (limit=20)", list.getIntervalHistogram(), seconds);
            report("get by id", get.getIntervalHistogram(), seconds);
            System.out.printf("  non-200 or failed requests: %d%n", errors.get());
        }
    }

    private static boolean wrkAvailable() {
        try {
            return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor() >= 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static void wrk(Path root, String url, String token, int connections, int seconds, String name) throws Exception {
        Process p = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--timeout", "10s",
                "-s", root.resolve("shared/tools/benchmarks/wrk-percentiles.lua").toString(),
                "-H", "Authorization: Bearer " + token, url).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "WRK requests=(\\d+) duration_us=(\\d+) errors=(\\d+) non2xx=(\\d+) p50_us=(\\d+) p95_us=(\\d+) p99_us=(\\d+) max_us=(\\d+)")
                .matcher(out);
        if (!m.find()) {
            System.out.println("  wrk output not understood:\n" + out);
            return;
        }
        double secs = Long.parseLong(m.group(2)) / 1e6;
        System.out.printf("  %-16s n=%7s  %7.1f req/s  p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  max %7.2f ms  errors %s, non-2xx %s%n",
                name, m.group(1), Long.parseLong(m.group(1)) / secs, Long.parseLong(m.group(5)) / 1000.0,
                Long.parseLong(m.group(6)) / 1000.0, Long.parseLong(m.group(7)) / 1000.0, Long.parseLong(m.group(8)) / 1000.0,
                m.group(3), m.group(4));
    }

    private static void report(String name, Histogram h, int seconds) {
        System.out.printf("  %-16s n=%7d  %7.1f req/s  p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  max %7.2f ms%n", name,
                h.getTotalCount(), h.getTotalCount() / (double) seconds, h.getValueAtPercentile(50) / 1000.0,
                h.getValueAtPercentile(95) / 1000.0, h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0);
    }

    private static void waitHealthy(HttpClient http, String base, Process stack, Path home) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!stack.isAlive()) {
                throw new IllegalStateException("the stack exited: " + Files.readString(home.resolve("up.out")));
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // starting
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("not healthy in 180 s");
    }

    private static String token(Path root, Path home, int port) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(root.resolve("benchcrm").toString(), "token", "--tenant", "load", "--role", "Admin",
                "--port", Integer.toString(port));
        pb.environment().put("BENCHCRM_HOME", home.toString());
        pb.environment().put("BENCHCRM_SKIP_BUILD", "1");
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("./benchcrm token failed");
        }
        return out;
    }

    private static List<String> seed(HttpClient http, String base, String token, int count) throws Exception {
        List<String> ids = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < count; i++) {
            int n = i;
            pool.submit(() -> {
                String body = "{\"externalId\":\"load-" + n + "\",\"fullName\":\"Load Person " + n + "\",\"title\":\"Java Developer\","
                        + "\"location\":{\"city\":\"Austin\",\"state\":\"TX\",\"country\":\"US\"},\"workAuthorization\":\"H1B\","
                        + "\"yearsExperience\":" + (3 + n % 15) + ",\"skills\":[{\"name\":\"Java\",\"years\":5},{\"name\":\"Spring Boot\"},"
                        + "{\"name\":\"AWS\"},{\"name\":\"Kafka\"},{\"name\":\"SQL\"}],"
                        + "\"rate\":{\"amount\":" + (50 + n % 40) + ",\"currency\":\"USD\",\"unit\":\"HOUR\",\"employmentType\":\"C2C\"}}";
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/v1/consultants"))
                        .header("authorization", "Bearer " + token).header("content-type", "application/json")
                        .header("idempotency-key", "load-" + n).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 201) {
                    throw new IllegalStateException("seeding: " + r.statusCode() + " " + r.body());
                }
                String id = r.body().replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
                ids.add(id);
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        return new ArrayList<>(ids);
    }
}

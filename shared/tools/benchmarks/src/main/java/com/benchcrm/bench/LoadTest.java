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
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Closed-loop load over loopback against {@code ./benchcrm up} (a separate process). Mode
 * {@code mixed} (default): N clients, each picking per request the mixed read/write API of a
 * recruiter's day: list (30%), get (25%), search (15%), recommendations ranked now (10%,
 * {@code POST /v1/requirements/{id}/recommendations?topK=10}) and create (20%), over a bench that
 * the embed function has indexed; p50/p95/p99 and errors per route. Mode {@code read}: list and
 * get alternating (the earlier test). Latencies go to HdrHistogram (microseconds).
 *
 * <pre>{@code shared/tools/benchmarks/run load [clients=50] [seconds=60] [rows=1000] ["stack JVM opts"] [mixed|read]}</pre>
 */
public final class LoadTest {

    private LoadTest() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        int consultants = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        String javaOpts = args.length > 4 ? args[4] : "";
        String mode = args.length > 5 ? args[5] : "mixed";
        Path home = root.resolve("shared/tools/benchmarks/target/bench/load-home");
        if (!Boolean.getBoolean("bench.load.keep")) {
            // each run measures the same tenant: the rows seeded now, not those every earlier run added
            Stats.deleteTree(home);
        }
        int port = 3990;
        ProcessBuilder pb = new ProcessBuilder(
                        root.resolve("benchcrm").toString(), "up", "--port", Integer.toString(port))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        Files.createDirectories(home).resolve("up.out").toFile()));
        pb.environment().put("BENCHCRM_HOME", home.toString());
        pb.environment().put("BENCHCRM_SKIP_BUILD", "1");
        pb.environment().put("BENCHCRM_JAVA_OPTS", javaOpts);
        Process stack = pb.start();
        try {
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(2))
                    .build();
            String base = "http://127.0.0.1:" + port;
            waitHealthy(http, base, stack, home);
            String token = token(root, home, port);
            List<String> ids = seed(http, base, token, consultants);
            if (mode.equals("mixed")) {
                mixed(http, base, token, ids, clients, seconds, home, stack.pid());
                return;
            }
            System.out.printf(
                    "Load test: %d clients, %d s measured after 10 s warm-up, %d consultants in the tenant, loopback, stack opts [%s]%n",
                    clients, seconds, ids.size(), javaOpts);
            run(http, base, token, ids, clients, 10, false);
            System.out.printf("  load before measuring: %s%n", Stats.loadAverage());
            run(http, base, token, ids, clients, seconds, true);
            System.out.printf("  load after measuring:  %s%n", Stats.loadAverage());
            if (wrkAvailable()) {
                System.out.printf(
                        "Same load from wrk (C, %d connections, 2 threads, %d s per route; lighter on the shared CPU than the JDK client):%n",
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

    private static void run(
            HttpClient http, String base, String token, List<String> ids, int clients, int seconds, boolean print)
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
                    String path = doList
                            ? "/v1/consultants?limit=20"
                            : "/v1/consultants/"
                                    + ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
                    HttpRequest req = HttpRequest.newBuilder(URI.create(base + path))
                            .header("authorization", "Bearer " + token)
                            .GET()
                            .build();
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

    /** The routes of the mixed workload, with their share of the requests. */
    enum Route {
        LIST(30),
        GET(25),
        SEARCH(15),
        RECOMMEND(10),
        CREATE(20);

        final int percent;

        Route(int percent) {
            this.percent = percent;
        }

        static Route pick(int roll) {
            int sum = 0;
            for (Route r : values()) {
                sum += r.percent;
                if (roll < sum) {
                    return r;
                }
            }
            return CREATE;
        }
    }

    private static final String[] QUERIES = {
        "java", "kafka%20streaming", "spring%20boot%20aws", "python", "sql", "java%20developer%20austin"
    };

    private static void mixed(
            HttpClient http,
            String base,
            String token,
            List<String> ids,
            int clients,
            int seconds,
            Path home,
            long stackPid)
            throws Exception {
        List<String> requirements = requirements(http, base, token, 20);
        awaitIndexed(home);
        System.out.printf(
                "Mixed load test: %d clients, %d s measured after 10 s warm-up, %d consultants and %d requirements in the tenant, "
                        + "loopback; mix %s%n",
                clients,
                seconds,
                ids.size(),
                requirements.size(),
                java.util.Arrays.stream(Route.values())
                        .map(r -> r.name().toLowerCase() + " " + r.percent + "%")
                        .toList());
        mixedRun(http, base, token, ids, requirements, clients, 10, false);
        System.out.printf("  load before measuring: %s%n", Stats.loadAverage());
        List<CpuShare.Group> groups = new ArrayList<>();
        groups.add(new CpuShare.Group(
                "load generator (this JVM, " + clients + " clients)",
                ProcessHandle.current().pid(),
                false));
        groups.add(new CpuShare.Group("stack JVM (edge, functions, ONNX, Lucene, ElasticMQ)", stackPid, false));
        CpuShare.postmaster(home.resolve("postgres/data"))
                .ifPresent(pg ->
                        groups.add(new CpuShare.Group("embedded PostgreSQL (postmaster and backends)", pg, true)));
        CpuShare.Snapshot before = CpuShare.snapshot(groups);
        mixedRun(http, base, token, ids, requirements, clients, seconds, true);
        System.out.print(CpuShare.snapshot(groups).since(before));
        System.out.printf("  load after measuring:  %s%n", Stats.loadAverage());
        if (Boolean.getBoolean("bench.load.drain")) {
            long t0 = System.nanoTime();
            awaitIndexed(home);
            System.out.printf(
                    "  (the queues drained in %.0f s after the measurement)%n", (System.nanoTime() - t0) / 1e9);
        }
    }

    private static void mixedRun(
            HttpClient http,
            String base,
            String token,
            List<String> ids,
            List<String> requirements,
            int clients,
            int seconds,
            boolean print)
            throws Exception {
        java.util.Map<Route, Recorder> recorders = new java.util.EnumMap<>(Route.class);
        java.util.Map<Route, AtomicLong> errors = new java.util.EnumMap<>(Route.class);
        java.util.Map<Route, java.util.Map<Integer, Integer>> statuses = new java.util.EnumMap<>(Route.class);
        for (Route r : Route.values()) {
            recorders.put(r, new Recorder(3));
            errors.put(r, new AtomicLong());
            statuses.put(r, new java.util.concurrent.ConcurrentHashMap<>());
        }
        AtomicLong created = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        String run = Long.toString(System.nanoTime(), 36);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < end) {
                    Route route = Route.pick(random.nextInt(100));
                    HttpRequest.Builder b = switch (route) {
                        case LIST ->
                            HttpRequest.newBuilder(URI.create(base + "/v1/consultants?limit=20"))
                                    .GET();
                        case GET ->
                            HttpRequest.newBuilder(
                                            URI.create(base + "/v1/consultants/" + ids.get(random.nextInt(ids.size()))))
                                    .GET();
                        case SEARCH ->
                            HttpRequest.newBuilder(URI.create(base + "/v1/search?type=consultant&q="
                                            + QUERIES[random.nextInt(QUERIES.length)]))
                                    .GET();
                        case RECOMMEND ->
                            HttpRequest.newBuilder(URI.create(base + "/v1/requirements/"
                                            + requirements.get(random.nextInt(requirements.size()))
                                            + "/recommendations?topK=10"))
                                    .POST(HttpRequest.BodyPublishers.noBody());
                        case CREATE -> {
                            long n = created.incrementAndGet();
                            yield HttpRequest.newBuilder(URI.create(base + "/v1/consultants"))
                                    .header("content-type", "application/json")
                                    .header("idempotency-key", "mixed-" + run + "-" + n)
                                    .POST(
                                            HttpRequest.BodyPublishers.ofString(
                                                    "{\"fullName\":\"Mixed Person " + n
                                                            + "\",\"title\":\"Data Engineer\","
                                                            + "\"skills\":[{\"name\":\"Python\"},{\"name\":\"Spark\"},{\"name\":\"SQL\"}]}"));
                        }
                    };
                    HttpRequest req = b.header("authorization", "Bearer " + token)
                            .timeout(Duration.ofSeconds(30))
                            .build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        long micros = (System.nanoTime() - t0) / 1_000;
                        statuses.get(route).merge(r.statusCode(), 1, Integer::sum);
                        if (r.statusCode() >= 300) {
                            errors.get(route).incrementAndGet();
                        }
                        recorders.get(route).recordValue(Math.max(1, micros));
                    } catch (Exception e) {
                        errors.get(route).incrementAndGet();
                        statuses.get(route).merge(-1, 1, Integer::sum);
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
        if (print) {
            long total = 0;
            long failed = 0;
            System.out.println("  | route | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | errors |");
            System.out.println("  |---|---:|---:|---:|---:|---:|---:|---:|");
            for (Route r : Route.values()) {
                Histogram h = recorders.get(r).getIntervalHistogram();
                total += h.getTotalCount();
                failed += errors.get(r).get();
                System.out.printf(
                        "  | %s | %d | %.1f | %.2f | %.2f | %.2f | %.2f | %d |%n",
                        r.name().toLowerCase(),
                        h.getTotalCount(),
                        h.getTotalCount() / (double) seconds,
                        h.getValueAtPercentile(50) / 1000.0,
                        h.getValueAtPercentile(95) / 1000.0,
                        h.getValueAtPercentile(99) / 1000.0,
                        h.getMaxValue() / 1000.0,
                        errors.get(r).get());
            }
            System.out.printf(
                    "  all routes: %d requests (%.1f req/s), %d errors; statuses %s%n",
                    total, total / (double) seconds, failed, statuses);
        }
    }

    /** {@code count} open requirements, created through the API. */
    private static List<String> requirements(HttpClient http, String base, String token, int count) throws Exception {
        String[][] kinds = {
            {"Senior Java Developer", "Java", "Spring Boot", "Kafka"},
            {"Data Engineer", "Python", "Spark", "SQL"},
            {"Cloud Engineer", "AWS", "Kubernetes", "Terraform"},
            {"Backend Developer", "Java", "SQL", "AWS"}
        };
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] k = kinds[i % kinds.length];
            String body = "{\"title\":\"" + k[0]
                    + "\",\"location\":{\"city\":\"Austin\",\"state\":\"TX\",\"country\":\"US\"},"
                    + "\"skills\":[{\"name\":\"" + k[1] + "\",\"required\":true},{\"name\":\"" + k[2]
                    + "\",\"required\":true},"
                    + "{\"name\":\"" + k[3] + "\"}]}";
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/v1/requirements"))
                            .header("authorization", "Bearer " + token)
                            .header("content-type", "application/json")
                            .header("idempotency-key", "load-req-" + i)
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 201) {
                throw new IllegalStateException("requirement: " + r.statusCode() + " " + r.body());
            }
            ids.add(r.body().replaceAll("(?s).*?\"id\":\"([0-9a-f-]{36})\".*", "$1"));
        }
        return ids;
    }

    /**
     * Waits (up to 10 min) until the stack's embed and match queues are empty (read from its
     * ElasticMQ, whose port is in the home's run state): the bench is indexed and the automatic
     * match runs are done, so the measurement does not share the CPU with them.
     */
    private static void awaitIndexed(Path home) throws Exception {
        java.util.Properties state = new java.util.Properties();
        try (var in = Files.newInputStream(home.resolve("run/stack.properties"))) {
            state.load(in);
        }
        long t0 = System.nanoTime();
        try (com.benchcrm.queue.sqs.SqsQueues sqs =
                com.benchcrm.queue.sqs.SqsQueues.create(com.benchcrm.queue.sqs.SqsQueues.Settings.local(
                        URI.create("http://127.0.0.1:" + state.getProperty("sqs.port"))))) {
            long deadline = t0 + TimeUnit.MINUTES.toNanos(10);
            int idle = 0;
            while (System.nanoTime() < deadline && idle < 3) {
                boolean empty = true;
                for (String queue : new String[] {"embed", "match"}) {
                    String url =
                            sqs.client().getQueueUrl(b -> b.queueName(queue)).queueUrl();
                    var a = sqs.client()
                            .getQueueAttributes(b -> b.queueUrl(url)
                                    .attributeNamesWithStrings(
                                            "ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"))
                            .attributesAsStrings();
                    empty &= "0".equals(a.get("ApproximateNumberOfMessages"))
                            && "0".equals(a.get("ApproximateNumberOfMessagesNotVisible"));
                }
                idle = empty ? idle + 1 : 0;
                Thread.sleep(1_000);
            }
        }
        System.out.printf(
                "  the embed and match queues were idle %.0f s after seeding%n", (System.nanoTime() - t0) / 1e9);
    }

    private static boolean wrkAvailable() {
        try {
            return new ProcessBuilder("wrk", "--version")
                            .redirectErrorStream(true)
                            .start()
                            .waitFor()
                    >= 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static void wrk(Path root, String url, String token, int connections, int seconds, String name)
            throws Exception {
        Process p = new ProcessBuilder(
                        "wrk",
                        "-t2",
                        "-c" + connections,
                        "-d" + seconds + "s",
                        "--timeout",
                        "10s",
                        "-s",
                        root.resolve("shared/tools/benchmarks/wrk-percentiles.lua")
                                .toString(),
                        "-H",
                        "Authorization: Bearer " + token,
                        url)
                .redirectErrorStream(true)
                .start();
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
        System.out.printf(
                "  %-16s n=%7s  %7.1f req/s  p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  max %7.2f ms  errors %s, non-2xx %s%n",
                name,
                m.group(1),
                Long.parseLong(m.group(1)) / secs,
                Long.parseLong(m.group(5)) / 1000.0,
                Long.parseLong(m.group(6)) / 1000.0,
                Long.parseLong(m.group(7)) / 1000.0,
                Long.parseLong(m.group(8)) / 1000.0,
                m.group(3),
                m.group(4));
    }

    private static void report(String name, Histogram h, int seconds) {
        System.out.printf(
                "  %-16s n=%7d  %7.1f req/s  p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  max %7.2f ms%n",
                name,
                h.getTotalCount(),
                h.getTotalCount() / (double) seconds,
                h.getValueAtPercentile(50) / 1000.0,
                h.getValueAtPercentile(95) / 1000.0,
                h.getValueAtPercentile(99) / 1000.0,
                h.getMaxValue() / 1000.0);
    }

    private static void waitHealthy(HttpClient http, String base, Process stack, Path home) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!stack.isAlive()) {
                throw new IllegalStateException("the stack exited: " + Files.readString(home.resolve("up.out")));
            }
            try {
                if (http.send(
                                        HttpRequest.newBuilder(URI.create(base + "/health"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
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
        ProcessBuilder pb = new ProcessBuilder(
                root.resolve("benchcrm").toString(),
                "token",
                "--tenant",
                "load",
                "--role",
                "Admin",
                "--port",
                Integer.toString(port));
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
                String body = "{\"externalId\":\"load-" + n + "\",\"fullName\":\"Load Person " + n
                        + "\",\"title\":\"Java Developer\","
                        + "\"location\":{\"city\":\"Austin\",\"state\":\"TX\",\"country\":\"US\"},\"workAuthorization\":\"H1B\","
                        + "\"yearsExperience\":" + (3 + n % 15)
                        + ",\"skills\":[{\"name\":\"Java\",\"years\":5},{\"name\":\"Spring Boot\"},"
                        + "{\"name\":\"AWS\"},{\"name\":\"Kafka\"},{\"name\":\"SQL\"}],"
                        + "\"rate\":{\"amount\":" + (50 + n % 40)
                        + ",\"currency\":\"USD\",\"unit\":\"HOUR\",\"employmentType\":\"C2C\"}}";
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/v1/consultants"))
                                .header("authorization", "Bearer " + token)
                                .header("content-type", "application/json")
                                .header("idempotency-key", "load-" + n)
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
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

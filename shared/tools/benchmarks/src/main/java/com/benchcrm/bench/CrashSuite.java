package com.benchcrm.bench;

import com.benchcrm.common.Json;
import com.benchcrm.local.stack.SmtpClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The crash-and-restart suite (issue 11) on the real embedded stack in a child JVM: requirement
 * mails through SMTP and consultant writes through the API while the stack's JVM is SIGKILLed at
 * random points and restarted, as a process supervisor would (the same command, no hand). The
 * clients behave as real ones do: an MTA resends a mail whose SMTP transaction did not end in 250,
 * and an API client retries a write that got no answer with the same {@code Idempotency-Key}.
 *
 * <p>Afterwards it checks that nothing is lost: every mail to the tenant was ingested (sending it
 * again through {@code POST /v1/integrations/inbox/import} is a replay of the earlier ingest), every
 * mail to an unknown address is in the dead letters with its reason, every write committed once
 * (one consultant per idempotency key) and its {@code ConsultantUpserted} event reached a webhook
 * receiver that dedupes by event id, exactly one distinct event per write. Prints its counts.
 *
 * <pre>{@code shared/tools/benchmarks/run crash [mails=200] [writes=500] [kills=5] [seed]}</pre>
 */
public final class CrashSuite {

    /** What the suite did and found; {@link #ok()} when nothing was lost or duplicated and no restart failed. */
    public record Result(
            int mailsSent,
            int mailResends,
            int mailsIngested,
            int mailsLost,
            int deadLettersExpected,
            int deadLettersFound,
            int writes,
            int writeRetries,
            int consultants,
            int eventsExpected,
            int eventsReceived,
            int duplicateDeliveries,
            int eventsMissing,
            int unexpectedEvents,
            int kills,
            List<Long> restartMillis,
            int failedRestarts,
            long stopExitCode) {

        public boolean ok() {
            return mailsLost == 0
                    && deadLettersFound == deadLettersExpected
                    && consultants == writes
                    && eventsMissing == 0
                    && unexpectedEvents == 0
                    && failedRestarts == 0
                    && kills > 0;
        }
    }

    private final Path root;
    private final Path home;
    private final int mails;
    private final int writes;
    private final int kills;
    private final Random random;
    private final int port;
    private final int smtpPort;
    private final AtomicReference<StackProcess> stack = new AtomicReference<>();

    public CrashSuite(Path root, Path home, int mails, int writes, int kills, long seed) throws IOException {
        this.root = root;
        this.home = home;
        this.mails = mails;
        this.writes = writes;
        this.kills = kills;
        this.random = new Random(seed);
        this.port = StackProcess.freePort();
        this.smtpPort = StackProcess.freePort();
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int mails = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int writes = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        int kills = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 20261206L;
        Path home = root.resolve("shared/tools/benchmarks/target/bench/crash-home");
        if (Files.exists(home)) {
            Stats.deleteTree(home);
        }
        Result r = new CrashSuite(root, home, mails, writes, kills, seed).run();
        System.exit(r.ok() ? 0 : 1);
    }

    public Result run() throws Exception {
        System.out.printf(
                "Crash suite: %d mails, %d consultant writes, %d SIGKILLs, home %s (load %s)%n",
                mails, writes, kills, home, Stats.loadAverage());
        Map<String, Integer> deliveries = new ConcurrentHashMap<>();
        Map<String, String> eventSubject = new ConcurrentHashMap<>();
        HttpServer receiver = receiver(deliveries, eventSubject);
        List<Long> restartMillis = new ArrayList<>();
        AtomicInteger failedRestarts = new AtomicInteger();
        try {
            stack.set(StackProcess.start(root, home, port, smtpPort, Map.of()));
            String owner = stack.get().token("crash", "Owner");
            String recruiter = stack.get().token("crash", "Recruiter");
            HttpResponse<String> hook = send(HttpRequest.newBuilder(uri("/v1/webhooks"))
                    .header("authorization", "Bearer " + owner)
                    .header("content-type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"http://127.0.0.1:"
                            + receiver.getAddress().getPort() + "/hook\",\"eventTypes\":[\"ConsultantUpserted\"]}"))
                    .build());
            if (hook.statusCode() != 201) {
                throw new IllegalStateException(
                        "webhook subscription failed: " + hook.statusCode() + " " + hook.body());
            }

            ExecutorService clients = Executors.newFixedThreadPool(6);
            AtomicInteger writeRetries = new AtomicInteger();
            AtomicInteger mailResends = new AtomicInteger();
            Map<Integer, String> consultantOf = new ConcurrentHashMap<>();
            List<Future<?>> work = new ArrayList<>();
            AtomicInteger nextWrite = new AtomicInteger();
            AtomicInteger nextMail = new AtomicInteger();
            for (int c = 0; c < 4; c++) {
                work.add(clients.submit(() -> {
                    for (int i; (i = nextWrite.getAndIncrement()) < writes; ) {
                        consultantOf.put(i, write(i, recruiter, writeRetries));
                    }
                    return null;
                }));
            }
            for (int c = 0; c < 2; c++) {
                work.add(clients.submit(() -> {
                    for (int j; (j = nextMail.getAndIncrement()) < mails; ) {
                        mail(j, mailResends);
                    }
                    return null;
                }));
            }
            // the supervisor: kill at random points of the work (drawn uniformly between 5% and 90% of the mails and
            // writes sent), start again with the same command, until all kills are done
            int[] at = new int[kills];
            for (int k = 0; k < kills; k++) {
                at[k] = (int) ((mails + writes) * (0.05 + 0.85 * random.nextDouble()));
            }
            java.util.Arrays.sort(at);
            int killed = 0;
            while (killed < kills) {
                int threshold = at[killed];
                while (Math.min(nextWrite.get(), writes) + Math.min(nextMail.get(), mails) < threshold
                        && work.stream().anyMatch(f -> !f.isDone())) {
                    Thread.sleep(50);
                }
                Thread.sleep(random.nextInt(500));
                stack.get().sigkill();
                killed++;
                long t0 = System.nanoTime();
                try {
                    stack.set(StackProcess.start(root, home, port, smtpPort, Map.of()));
                    restartMillis.add((System.nanoTime() - t0) / 1_000_000);
                } catch (RuntimeException e) {
                    failedRestarts.incrementAndGet();
                    System.out.println("  restart " + killed + " failed: " + e.getMessage());
                    throw e;
                }
                System.out.printf(
                        "  kill %d at writes %d/%d, mails %d/%d; restarted in %.1f s%n",
                        killed,
                        Math.min(nextWrite.get(), writes),
                        writes,
                        Math.min(nextMail.get(), mails),
                        mails,
                        restartMillis.get(restartMillis.size() - 1) / 1000.0);
            }
            for (Future<?> f : work) {
                f.get(15, TimeUnit.MINUTES);
            }
            clients.shutdown();

            // every committed write's event reaches the receiver (retries and replays included): wait for them
            Set<String> expected = Set.copyOf(consultantOf.values());
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(6);
            while (System.nanoTime() < deadline && !eventSubject.values().containsAll(expected)) {
                Thread.sleep(500);
            }
            Thread.sleep(3_000);
            Map<String, Integer> eventsPerConsultant = new ConcurrentHashMap<>();
            eventSubject.values().forEach(id -> eventsPerConsultant.merge(id, 1, Integer::sum));
            int missing = (int) expected.stream()
                    .filter(id -> !eventsPerConsultant.containsKey(id))
                    .count();
            int unexpected = (int) eventsPerConsultant.entrySet().stream()
                    .filter(e -> !expected.contains(e.getKey()) || e.getValue() > 1)
                    .count();
            int duplicates = deliveries.values().stream().mapToInt(n -> n - 1).sum();

            // every mail: ingested (sending it again is a replay) or, to nobody's address, dead-lettered with its
            // reason
            int ingested = 0;
            int lost = 0;
            int toTenant = 0;
            for (int j = 0; j < mails; j++) {
                if (unknownRecipient(j)) {
                    continue;
                }
                toTenant++;
                HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/v1/integrations/inbox/import"))
                        .header("authorization", "Bearer " + recruiter)
                        .header("content-type", "message/rfc822")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(mailBytes(j)))
                        .build());
                JsonNode body = Json.strict().readTree(r.body());
                if (r.statusCode() == 200 && body.path("replayed").asBoolean()) {
                    ingested++;
                } else {
                    lost++;
                    System.out.printf("  mail %d was not ingested before: %d %s%n", j, r.statusCode(), r.body());
                }
            }
            int deadExpected = mails - toTenant;
            int deadFound = deadLetters();

            long code = stack.get().sigterm(Duration.ofSeconds(120));
            Result result = new Result(
                    mails,
                    mailResends.get(),
                    ingested,
                    lost,
                    deadExpected,
                    deadFound,
                    writes,
                    writeRetries.get(),
                    expected.size(),
                    expected.size(),
                    (int) eventsPerConsultant.keySet().stream()
                            .filter(expected::contains)
                            .count(),
                    duplicates,
                    missing,
                    unexpected,
                    killed,
                    restartMillis,
                    failedRestarts.get(),
                    code);
            print(result);
            return result;
        } finally {
            receiver.stop(0);
            StackProcess s = stack.get();
            if (s != null && s.isAlive()) {
                s.sigterm(Duration.ofSeconds(120));
            }
        }
    }

    private static void print(Result r) {
        System.out.printf(
                "  mails:  %d sent (%d resent after a failed SMTP transaction); %d of %d to the tenant ingested, %d lost; "
                        + "%d of %d to an unknown address in the dead letters with a reason%n",
                r.mailsSent(),
                r.mailResends(),
                r.mailsIngested(),
                r.mailsIngested() + r.mailsLost(),
                r.mailsLost(),
                r.deadLettersFound(),
                r.deadLettersExpected());
        System.out.printf(
                "  writes: %d (%d retried with the same Idempotency-Key); %d consultants%n",
                r.writes(), r.writeRetries(), r.consultants());
        System.out.printf(
                "  events: %d expected, %d received by the deduping receiver, %d missing, %d unexpected or doubled; "
                        + "%d duplicate deliveries deduped%n",
                r.eventsExpected(),
                r.eventsReceived(),
                r.eventsMissing(),
                r.unexpectedEvents(),
                r.duplicateDeliveries());
        System.out.printf(
                "  kills:  %d SIGKILLs, restarts %s ms, %d needed a hand; final SIGTERM exit %d%n",
                r.kills(), r.restartMillis(), r.failedRestarts(), r.stopExitCode());
        System.out.println(r.ok() ? "  OK: nothing lost, nothing doubled" : "  NOT OK");
    }

    /** Creates consultant {@code i}, retrying what gets no answer (or a 5xx) with the same key; returns its id. */
    private String write(int i, String token, AtomicInteger retries) throws InterruptedException {
        String body = "{\"externalId\":\"crash-" + i + "\",\"fullName\":\"Crash Person " + i
                + "\",\"title\":\"Senior Java Developer\"," + "\"summary\":\"Java and Spring Boot, " + (i % 15 + 2)
                + " years\",\"skills\":[{\"name\":\"Java\"},{\"name\":\"Kafka\"}]}";
        for (int attempt = 0; ; attempt++) {
            if (attempt > 0) {
                retries.incrementAndGet();
                Thread.sleep(Math.min(2_000, 200L * attempt));
            }
            try {
                HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/v1/consultants"))
                        .timeout(Duration.ofSeconds(20))
                        .header("authorization", "Bearer " + token)
                        .header("content-type", "application/json")
                        .header("idempotency-key", "crash-write-" + i)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build());
                if (r.statusCode() == 201) {
                    return Json.strict().readTree(r.body()).path("id").asText();
                }
                if (r.statusCode() < 500 && r.statusCode() != 429) {
                    throw new IllegalStateException("write " + i + " refused: " + r.statusCode() + " " + r.body());
                }
            } catch (IOException e) {
                // the stack is down or went down mid-request: retry, as a client does
            }
        }
    }

    /** Mails message {@code j}, resending until the server answers 250 to the DATA, as an MTA does. */
    private void mail(int j, AtomicInteger resends) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            if (attempt > 0) {
                resends.incrementAndGet();
                Thread.sleep(Math.min(2_000, 200L * attempt));
            }
            try {
                SmtpClient.send(smtpPort, "vendor" + (j % 7) + "@vendor-crash.example.com", recipient(j), mailBytes(j));
                return;
            } catch (IOException e) {
                if (e.getMessage() != null && e.getMessage().contains("answered: 5")) {
                    throw new IllegalStateException("mail " + j + " refused: " + e.getMessage());
                }
            }
        }
    }

    private static boolean unknownRecipient(int j) {
        return j % 20 == 7;
    }

    private static String recipient(int j) {
        return unknownRecipient(j) ? "nobody-crash@ingest.localhost" : "crash@ingest.localhost";
    }

    static final String[] ROLES = {
        "Java Developer",
        "Python Developer",
        "QA Automation Engineer",
        "Data Engineer",
        "DevOps Engineer",
        "Salesforce Developer",
        "Business Analyst",
        ".NET Developer",
        "React Developer",
        "Scrum Master"
    };
    static final String[] CITIES = {
        "Dallas, TX",
        "Austin, TX",
        "Charlotte, NC",
        "Columbus, OH",
        "Phoenix, AZ",
        "Denver, CO",
        "Atlanta, GA",
        "Seattle, WA"
    };
    static final String[] SKILLS = {
        "Java, Spring Boot, Kafka",
        "Python, Django, AWS",
        "Selenium, Java, Cucumber",
        "Spark, Airflow, SQL",
        "Terraform, Kubernetes, Jenkins",
        "Apex, Lightning, SOQL",
        "JIRA, SQL, Agile",
        "C#, ASP.NET, Azure",
        "React, TypeScript, Redux",
        "Scrum, JIRA, SAFe"
    };

    /** An anonymous requirement mail from a template: one role, city, client and Message-ID per mail. */
    static byte[] mailBytes(int j) {
        String role = ROLES[j % ROLES.length];
        String city = CITIES[(j / ROLES.length) % CITIES.length];
        String mail = "From: Vendor " + (j % 7) + " <vendor" + (j % 7) + "@vendor-crash.example.com>\r\n"
                + "To: " + recipient(j) + "\r\n"
                + "Subject: Requirement: " + role + " // " + city + " // 12 months // REF-" + j + "\r\n"
                + "Date: Mon, 16 Nov 2026 09:15:00 -0600\r\n"
                + "Message-ID: <crash-" + j + "@vendor-crash.example.com>\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "Hi,\r\n\r\nPlease share profiles for the below requirement.\r\n\r\n"
                + "Role: " + role + "\r\nLocation: " + city + " (Hybrid)\r\nDuration: 12 months\r\nRate: $"
                + (50 + j % 40) + "/hr on C2C\r\n"
                + "Client: Example Client " + j + "\r\nJob ID: REF-" + j + "\r\n\r\nMust have: "
                + SKILLS[j % SKILLS.length] + "\r\n\r\n"
                + "Thanks,\r\nVendor " + (j % 7) + "\r\n";
        return mail.getBytes(StandardCharsets.UTF_8);
    }

    /** Dead letters of mail to the unknown address, each with a reason (one per distinct raw message is enough). */
    private int deadLetters() throws IOException {
        Path dlq = home.resolve("dlq");
        if (!Files.isDirectory(dlq)) {
            return 0;
        }
        Set<String> subjects = ConcurrentHashMap.newKeySet();
        try (var files = Files.list(dlq)) {
            for (Path f : files.toList()) {
                JsonNode letter = Json.strict().readTree(Files.readString(f));
                String text = letter.toString();
                if (text.contains("nobody-crash")
                        && !letter.path("reason").asText("").isBlank()) {
                    Path raw = home.resolve("mail")
                            .resolve(letter.path("blobKey")
                                    .asText(letter.path("key").asText("")));
                    subjects.add(
                            Files.isRegularFile(raw)
                                    ? messageId(Files.readString(raw))
                                    : f.getFileName().toString());
                }
            }
        }
        return subjects.size();
    }

    private static String messageId(String raw) {
        for (String line : raw.split("\r?\n")) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("message-id:")) {
                return line.substring(11).trim();
            }
        }
        return raw;
    }

    /** A webhook receiver that dedupes by event id: counts deliveries per id and remembers each event's consultant. */
    private static HttpServer receiver(Map<String, Integer> deliveries, Map<String, String> eventSubject)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/hook", exchange -> {
            try (exchange) {
                JsonNode event =
                        Json.strict().readTree(exchange.getRequestBody().readAllBytes());
                String id = event.path("id").asText();
                deliveries.merge(id, 1, Integer::sum);
                if ("ConsultantUpserted".equals(event.path("type").asText())
                        && event.path("data").path("version").asInt() == 1) {
                    eventSubject.putIfAbsent(id, event.path("data").path("id").asText());
                }
                exchange.sendResponseHeaders(204, -1);
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        return server;
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return stack.get().http().send(request, HttpResponse.BodyHandlers.ofString());
    }
}

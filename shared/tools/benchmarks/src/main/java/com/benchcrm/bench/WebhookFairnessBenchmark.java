package com.benchcrm.bench;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.Ids;
import com.benchcrm.common.Json;
import com.benchcrm.events.DomainEvent;
import com.benchcrm.webhook.http.JdkWebhookTransport;
import com.benchcrm.local.postgres.LocalPostgres;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.persistence.postgres.PostgresPersistence;
import com.benchcrm.secrets.FileKeyring;
import com.benchcrm.secrets.SecretSealer;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Role;
import com.benchcrm.sql.jdbc.JdbcSqlPort;
import com.benchcrm.tenancy.TenantAccess;
import com.benchcrm.tenancy.TenantDirectory;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.tenancy.TenantSlug;
import com.benchcrm.webhook.DeliverySlots;
import com.benchcrm.webhook.DestinationGuard;
import com.benchcrm.webhook.RetryPolicy;
import com.benchcrm.webhook.WebhookBatch;
import com.benchcrm.webhook.WebhookDispatcher;
import com.benchcrm.webhook.WebhookInput;
import com.benchcrm.webhook.WebhookSecrets;
import com.benchcrm.webhook.Webhooks;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One tenant's slow webhook receiver against the other tenants' delivery latency (issue 11 item 4,
 * ADR 0055), on the real pieces: embedded PostgreSQL with forced RLS, the dispatcher, the JDK
 * transport, receivers on loopback. The slow tenant's receiver never answers ({@code hang}, the default),
 * or answers 200 with a body it trickles forever ({@code trickle}: the transport no longer waits for a
 * body, so that costs nothing in either mode); the fast tenants' receivers answer 204 at once.
 * Each round is one batch of the webhook queue (default 10 messages: 5 of the slow tenant, 5 of four
 * fast tenants), handled two ways:
 *
 * <ul>
 *   <li>{@code sequential}: the messages one after another, no slots (what the function did before);</li>
 *   <li>{@code fair}: {@link WebhookBatch} (concurrent, per-tenant and per-destination slots, one deadline).</li>
 * </ul>
 *
 * It prints, per mode, the fast tenants' latency from the batch's start to their receiver (p50, p95,
 * max), how long the batch took, and what became of the slow tenant's messages. Nothing is asserted.
 *
 * <pre>{@code shared/tools/benchmarks/run webhookfairness [rounds=5] [hang|trickle] [timeoutSeconds=5] [batchSeconds=8]}</pre>
 */
public final class WebhookFairnessBenchmark {

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        boolean hang = args.length <= 2 || !args[2].equals("trickle");
        Duration timeout = Duration.ofSeconds(args.length > 3 ? Long.parseLong(args[3]) : 5);
        Duration batchTime = Duration.ofSeconds(args.length > 4 ? Long.parseLong(args[4]) : 8);
        Path home = root.resolve("shared/tools/benchmarks/target/bench/webhook-fairness");
        Stats.deleteTree(home);
        System.out.printf("Webhook fairness: %d rounds of 10 messages (5 slow tenant, 5 fast tenants), slow receiver %s,%n"
                + "  attempt timeout %s, batch deadline %s; load before: %s%n", rounds, hang ? "never answers" : "trickles its body",
                timeout, batchTime, Stats.loadAverage());
        Clock clock = Clock.systemUTC();
        Ids ids = new Ids(clock);
        ConcurrentMap<String, Instant> received = new ConcurrentHashMap<>();
        HttpServer receivers = receivers(received, hang);
        int port = receivers.getAddress().getPort();
        try (LocalPostgres pg = LocalPostgres.start(home.resolve("postgres"), 0, true, true);
             JdbcSqlPort app = JdbcSqlPort.connect(pg.jdbcUrl(), pg.roles().appRole(), pg.roles().appPassword(), 16);
             JdbcSqlPort owner = JdbcSqlPort.connect(pg.jdbcUrl(), pg.roles().ownerRole(), pg.roles().ownerPassword(), 2)) {
            PostgresPersistence db = PostgresPersistence.over(app);
            PostgresPersistence asOwner = PostgresPersistence.over(owner);
            WebhookSecrets secrets = new WebhookSecrets(db.transactions(), db.webhooks(),
                    new SecretSealer(FileKeyring.open(home.resolve("secrets.keyring"))));
            Webhooks webhooks = new Webhooks(db.transactions(), db.webhooks(), new AuditLog(db.transactions(), db.audit(), ids, clock),
                    DestinationGuard.allowingLoopback(), secrets, ids, clock);
            TenantDirectory directory = new TenantDirectory(asOwner.transactions(), asOwner.tenants());
            TenantId slow = directory.ensure(new TenantSlug("slow-partner"), "Slow");
            List<TenantId> fast = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                fast.add(directory.ensure(new TenantSlug("fast-" + i), "Fast " + i));
            }
            subscribe(webhooks, slow, "http://127.0.0.1:" + port + "/slow");
            for (int i = 0; i < fast.size(); i++) {
                subscribe(webhooks, fast.get(i), "http://127.0.0.1:" + port + "/fast-" + i);
            }
            AtomicInteger timers = new AtomicInteger();
            WebhookDispatcher.Settings unlimited = new WebhookDispatcher.Settings(DeliverySlots.unlimited(clock), Duration.ofSeconds(5));
            WebhookDispatcher.Settings fair = new WebhookDispatcher.Settings(new DeliverySlots(DeliverySlots.Limits.DEFAULTS, clock),
                    Duration.ofSeconds(5));
            for (String mode : List.of("sequential", "fair")) {
                WebhookDispatcher dispatcher = new WebhookDispatcher(db.transactions(), db.webhookDeliveries(),
                        new JdkWebhookTransport(DestinationGuard.allowingLoopback(), timeout), (m, due) -> timers.incrementAndGet(),
                        new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(4), Duration.ofHours(24)), new Outbox(db.outbox(), ids, clock),
                        secrets, TenantAccess.OPEN, mode.equals("fair") ? fair : unlimited, ids, clock);
                WebhookBatch batch = new WebhookBatch(dispatcher, batchTime, Duration.ofSeconds(1), clock);
                List<Long> fastMillis = new ArrayList<>();
                List<Long> batchMillis = new ArrayList<>();
                int before = timers.get();
                for (int r = 0; r < rounds; r++) {
                    List<String> bodies = new ArrayList<>();
                    List<String> fastPaths = new ArrayList<>();
                    for (int i = 0; i < 5; i++) {
                        bodies.add(bus(event(slow)));
                    }
                    for (int i = 0; i < 5; i++) {
                        DomainEvent e = event(fast.get(i % fast.size()));
                        bodies.add(bus(e));
                        fastPaths.add("/fast-" + (i % fast.size()) + "#" + e.id());
                    }
                    received.clear();
                    Instant start = Instant.now();
                    if (mode.equals("fair")) {
                        batch.handle(bodies, Optional.of(batchTime.plusSeconds(10)));
                    } else {
                        Instant deadline = start.plus(batchTime);
                        for (String body : bodies) { // the former function: one message after another
                            handleOne(dispatcher, body, deadline);
                        }
                    }
                    batchMillis.add(Duration.between(start, Instant.now()).toMillis());
                    for (String p : fastPaths) {
                        Instant at = received.get(p);
                        fastMillis.add(at == null ? -1 : Duration.between(start, at).toMillis());
                    }
                }
                long missed = fastMillis.stream().filter(m -> m < 0).count();
                List<Long> delivered = fastMillis.stream().filter(m -> m >= 0).sorted().toList();
                System.out.printf("  %-10s fast tenants: %d/%d delivered within the batch, latency ms %s; batch ms %s; slow tenant: %d deferred"
                                + " or retried by timer%n", mode, delivered.size(), fastMillis.size(),
                        delivered.isEmpty() ? "-" : "p50 " + pct(delivered, 50) + " p95 " + pct(delivered, 95) + " max " + delivered.getLast(),
                        Stats.summary(new ArrayList<>(batchMillis)), timers.get() - before);
                if (missed > 0) {
                    System.out.printf("  %-10s %d fast deliveries did not happen within the batch (the messages would come back)%n", mode, missed);
                }
            }
        } finally {
            receivers.stop(0);
        }
        System.out.printf("  load after: %s%n", Stats.loadAverage());
    }

    private static void handleOne(WebhookDispatcher dispatcher, String body, Instant deadline) {
        try {
            var node = Json.strict().readTree(body);
            dispatcher.onEvent(DomainEvent.fromNode(node.get("detail")), deadline);
        } catch (IOException | RuntimeException e) {
            // a failed message comes back in the former function; here only the timing matters
        }
    }

    private static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static void subscribe(Webhooks webhooks, TenantId tenant, String url) {
        webhooks.create(new Caller(tenant, "bench", Set.of(Role.Admin), "bench"), new WebhookInput(url, List.of("RequirementImported"), null));
    }

    private static DomainEvent event(TenantId tenant) {
        return new DomainEvent(UUID.randomUUID(), "RequirementImported", 1, tenant, Instant.now(), "bench",
                Json.strict().createObjectNode().put("id", UUID.randomUUID().toString()).put("version", 1));
    }

    private static String bus(DomainEvent e) {
        return Json.write(Map.of("version", "0", "id", UUID.randomUUID().toString(), "detail-type", e.type(), "source", "benchcrm",
                "detail", e.toNode()));
    }

    /** /slow trickles (or hangs); /fast-N answers 204 and notes when each event arrived. */
    private static HttpServer receivers(ConcurrentMap<String, Instant> received, boolean hang) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", x -> {
            byte[] body = x.getRequestBody().readAllBytes();
            String path = x.getRequestURI().getPath();
            if (path.startsWith("/slow")) {
                try {
                    if (hang) {
                        Thread.sleep(120_000);
                    } else {
                        x.sendResponseHeaders(200, 1_000_000);
                        OutputStream out = x.getResponseBody();
                        for (int i = 0; i < 240; i++) {
                            out.write('.');
                            out.flush();
                            Thread.sleep(500);
                        }
                    }
                } catch (InterruptedException | IOException e) {
                    // the client gave up: as it should
                } finally {
                    x.close();
                }
                return;
            }
            String id = Json.strict().readTree(body).path("id").asText();
            received.put(path + "#" + id, Instant.now());
            x.sendResponseHeaders(204, -1);
            x.close();
        });
        server.start();
        return server;
    }
}

package com.benchcrm.bench;

import com.benchcrm.persistence.Transactions;
import com.benchcrm.persistence.postgres.PostgresPersistence;
import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.Ids;
import com.benchcrm.common.Json;
import com.benchcrm.events.DomainEvent;
import com.benchcrm.events.EventRouting;
import com.benchcrm.events.ProcessedEvents;
import com.benchcrm.local.events.LocalEventPlane;
import com.benchcrm.local.lambda.FunctionHost;
import com.benchcrm.local.postgres.LocalPostgres;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Role;
import com.benchcrm.sql.jdbc.JdbcSqlPort;
import com.benchcrm.tenancy.TenantDirectory;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.tenancy.TenantSlug;
import com.benchcrm.webhook.DestinationGuard;
import com.benchcrm.webhook.WebhookInput;
import com.benchcrm.webhook.Webhooks;
import com.benchcrm.function.webhookdelivery.WebhookDeliveryApplication;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;

/**
 * Events on the embedded stack's components, in one process: PostgreSQL (outbox), the relay, the
 * event-ruler bus, ElasticMQ, a deduping SQS consumer (local event source) and the webhook function
 * through {@code FunctionInvoker} delivering to a receiver on loopback.
 *
 * <ol>
 *   <li>Burst: N events committed (500 per transaction) across T tenants as fast as PostgreSQL
 *       takes them; events per second from the first commit to the last event handled by the
 *       consumer, and to the last webhook received.</li>
 *   <li>Paced: events committed one per transaction at a steady rate; per event, the time from its
 *       commit returning to its webhook arriving (and to the consumer handling it), HdrHistogram.</li>
 * </ol>
 *
 * <pre>shared/tools/benchmarks/run events [events=10000] [tenants=3] [paced=600] [rate=30]</pre>
 */
public final class EventsBenchmark {

    private static final String CONSUMER_QUEUE = "bench-consumer";

    private EventsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int burst = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int tenantCount = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int paced = args.length > 3 ? Integer.parseInt(args[3]) : 600;
        int rate = args.length > 4 ? Integer.parseInt(args[4]) : 30;
        Path home = root.resolve("shared/tools/benchmarks/target/bench/events-home");

        System.out.printf("Events benchmark: %d events across %d tenants (burst), then %d at %d/s (paced)%n", burst, tenantCount, paced, rate);
        System.out.printf("  load before: %s%n", Stats.loadAverage());
        Clock clock = Clock.systemUTC();
        Ids ids = new Ids(clock);
        try (LocalPostgres pg = LocalPostgres.start(home.resolve("postgres"), 0, true, true);
             JdbcSqlPort app = JdbcSqlPort.connect(pg.jdbcUrl(), pg.roles().appRole(), pg.roles().appPassword(), 8);
             JdbcSqlPort owner = JdbcSqlPort.connect(pg.jdbcUrl(), pg.roles().ownerRole(), pg.roles().ownerPassword(), 2);
             JdbcSqlPort relay = JdbcSqlPort.connect(pg.jdbcUrl(), pg.roles().relayRole(), pg.roles().relayPassword(), 2)) {
            EventRouting.Rule all = new EventRouting.Rule(CONSUMER_QUEUE, "", CONSUMER_QUEUE,
                    Json.strict().valueToTree(Map.of("source", List.of("benchcrm"))));
            PostgresPersistence db = PostgresPersistence.over(app);
            PostgresPersistence relayDb = PostgresPersistence.over(relay);
            try (LocalEventPlane events = LocalEventPlane.start(relayDb.transactions(), relayDb.outbox(), LocalEventPlane.Settings.defaults(Optional.empty())
                    .withExtra(List.of(all), Map.of(CONSUMER_QUEUE, new EventRouting.Queue(CONSUMER_QUEUE, "bench", 60, 5, 1))));
                 Receiver receiver = new Receiver()) {
                FunctionHost webhooks = FunctionHost.start(WebhookDeliveryApplication.class.getName(), WebhookDeliveryApplication.FUNCTION_NAME,
                        "bench-webhooks", environment(pg, events, home.resolve("secrets.keyring")));
                Consumer consumer = new Consumer(db, clock);
                events.attach("webhook", 10, 2, webhooks::invoke);
                events.attach(CONSUMER_QUEUE, 10, 2, consumer::handle);
                Webhooks subscriptions = new Webhooks(db.transactions(), db.webhooks(), new AuditLog(db.transactions(), db.audit(), ids, clock),
                        DestinationGuard.allowingLoopback(), new com.benchcrm.webhook.WebhookSecrets(db.transactions(), db.webhooks(),
                        new com.benchcrm.secrets.SecretSealer(com.benchcrm.secrets.FileKeyring.open(home.resolve("secrets.keyring")))),
                        ids, clock);
                List<TenantId> tenants = new ArrayList<>();
                for (int i = 0; i < tenantCount; i++) {
                    TenantId t = tenants(owner).ensure(new TenantSlug("bench-" + i + "-" + Long.toString(System.nanoTime(), 36)), "bench");
                    subscriptions.create(caller(t), new WebhookInput(receiver.url("/t" + i), List.of("RequirementImported"), "bench"));
                    tenants.add(t);
                }
                events.startRelay();
                Outbox outbox = new Outbox(db.outbox(), ids, clock);

                // ------------------------------------------------------------------ burst
                long started = System.nanoTime();
                for (int i = 0; i < tenants.size(); i++) {
                    int n = burst / tenants.size() + (i < burst % tenants.size() ? 1 : 0);
                    commit(db.transactions(), outbox, tenants.get(i), n, 500);
                }
                double committed = seconds(started);
                long consumedAt = awaitCount(consumer.handled::get, burst, Duration.ofMinutes(10));
                long deliveredAt = awaitCount(receiver.count::get, burst, Duration.ofMinutes(10));
                System.out.printf("  burst: %,d events committed in %.1f s (%,.0f/s, 500 per transaction)%n", burst, committed, burst / committed);
                System.out.printf("    outbox -> relay -> bus -> SQS -> deduping consumer: %,d events in %.1f s = %,.0f events/s%n",
                        consumer.handled.get(), (consumedAt - started) / 1e9, burst / ((consumedAt - started) / 1e9));
                System.out.printf("    ... -> webhook function -> receiver:               %,d events in %.1f s = %,.0f events/s%n",
                        receiver.count.get(), (deliveredAt - started) / 1e9, burst / ((deliveredAt - started) / 1e9));
                System.out.printf("  load after burst: %s%n", Stats.loadAverage());

                // ------------------------------------------------------------------ paced
                Map<UUID, Long> commitTimes = new ConcurrentHashMap<>();
                receiver.arrivals.clear();
                consumer.arrivals.clear();
                long interval = 1_000_000_000L / rate;
                long next = System.nanoTime();
                for (int i = 0; i < paced; i++) {
                    TenantId t = tenants.get(i % tenants.size());
                    UUID id = commit(db.transactions(), outbox, t, 1, 1).get(0);
                    commitTimes.put(id, System.nanoTime());
                    next += interval;
                    long sleep = next - System.nanoTime();
                    if (sleep > 0) {
                        Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
                    }
                }
                awaitCount(() -> (int) commitTimes.keySet().stream().filter(receiver.arrivals::containsKey).count(), paced, Duration.ofMinutes(2));
                Histogram webhook = new Histogram(3);
                Histogram consumed = new Histogram(3);
                commitTimes.forEach((id, at) -> {
                    webhook.recordValue(Math.max(0, (receiver.arrivals.get(id) - at) / 1_000));
                    Long c = consumer.arrivals.get(id);
                    if (c != null) {
                        consumed.recordValue(Math.max(0, (c - at) / 1_000));
                    }
                });
                System.out.printf("  paced: %d events at %d/s, one per transaction; commit returned -> ...%n", paced, rate);
                print("webhook received ", webhook);
                print("consumer handled ", consumed);
                System.out.printf("  relay idle poll %d ms; consumer and webhook event sources: batch 10, 2 pollers each%n",
                        LocalEventPlane.Settings.defaults(Optional.empty()).idlePoll().toMillis());
                System.out.printf("  load after: %s%n", Stats.loadAverage());
            }
        }
        System.exit(0);
    }

    private static void print(String what, Histogram h) {
        System.out.printf("    %s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms  (n=%d)%n", what,
                h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(95) / 1000.0, h.getValueAtPercentile(99) / 1000.0,
                h.getMaxValue() / 1000.0, h.getTotalCount());
    }

    private static Map<String, String> environment(LocalPostgres pg, LocalEventPlane events, Path keyring) {
        Map<String, String> env = pg.appEnvironment(8);
        env.put("BENCHCRM_SQS_ENDPOINT", events.sqs().endpoint().toString());
        env.put("BENCHCRM_WEBHOOK_QUEUE_URL", events.url("webhook"));
        env.put("BENCHCRM_WEBHOOK_DLQ_URL", events.url("webhook-dlq"));
        env.put("BENCHCRM_WEBHOOK_ALLOW_LOOPBACK", "true");
        env.put("BENCHCRM_SECRET_KEYS", "file");
        env.put("BENCHCRM_SECRET_KEYRING", keyring.toString());
        return env;
    }

    private static List<UUID> commit(Transactions app, Outbox outbox, TenantId tenant, int n, int perTransaction) {
        Caller caller = caller(tenant);
        List<UUID> ids = new ArrayList<>(n);
        for (int from = 0; from < n; from += perTransaction) {
            int count = Math.min(perTransaction, n - from);
            ids.addAll(app.inTenant(tenant, tx -> {
                List<UUID> batch = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    UUID aggregate = UUID.randomUUID();
                    batch.add(outbox.append(tx, caller, "RequirementImported", 1, "requirement", aggregate,
                            Map.of("id", aggregate.toString(), "version", 1)));
                }
                return batch;
            }));
        }
        return ids;
    }

    private static Caller caller(TenantId tenant) {
        return new Caller(tenant, "bench", Set.of(Role.Admin), "bench");
    }

    private static long awaitCount(java.util.function.IntSupplier count, int expected, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count.getAsInt() < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + count.getAsInt() + " of " + expected + " within " + timeout);
            }
            Thread.sleep(5);
        }
        return System.nanoTime();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** The deduping consumer: records each event id in its tenant's transaction, once. */
    static final class Consumer {
        final AtomicInteger handled = new AtomicInteger();
        final Map<UUID, Long> arrivals = new ConcurrentHashMap<>();
        private final Transactions transactions;
        private final ProcessedEvents processed;

        Consumer(PostgresPersistence db, Clock clock) {
            this.transactions = db.transactions();
            this.processed = new ProcessedEvents(db.processedEvents(), clock);
        }

        byte[] handle(byte[] sqsEvent) throws Exception {
            for (JsonNode record : Json.strict().readTree(sqsEvent).path("Records")) {
                DomainEvent event = DomainEvent.fromNode(Json.strict().readTree(record.path("body").asText()).path("detail"));
                if (transactions.inTenant(event.tenant(), tx -> processed.firstTime(tx, "bench", event))) {
                    arrivals.put(event.id(), System.nanoTime());
                    handled.incrementAndGet();
                }
            }
            return "{\"batchItemFailures\":[]}".getBytes(StandardCharsets.UTF_8);
        }
    }

    /** A partner endpoint on loopback: counts deliveries and notes when each event arrived. */
    static final class Receiver implements AutoCloseable {
        final AtomicInteger count = new AtomicInteger();
        final Map<UUID, Long> arrivals = new ConcurrentHashMap<>();
        private final HttpServer server;

        Receiver() throws java.io.IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.createContext("/", exchange -> {
                long at = System.nanoTime();
                byte[] body = exchange.getRequestBody().readAllBytes();
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
                arrivals.put(UUID.fromString(Json.strict().readTree(body).path("id").asText()), at);
                count.incrementAndGet();
            });
            server.start();
        }

        String url(String path) {
            return "http://127.0.0.1:" + server.getAddress().getPort() + path;
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    /** The tenant directory over the schema owner's connection (only the owner may create tenants). */
    private static com.benchcrm.tenancy.TenantDirectory tenants(com.benchcrm.sql.SqlPort owner) {
        com.benchcrm.persistence.postgres.PostgresPersistence db = com.benchcrm.persistence.postgres.PostgresPersistence.over(owner);
        return new com.benchcrm.tenancy.TenantDirectory(db.transactions(), db.tenants());
    }
}

package com.benchcrm.function.webhookdelivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.common.Json;
import com.benchcrm.common.PageRequest;
import com.benchcrm.events.DomainEvent;
import com.benchcrm.events.ProcessedEvents;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Role;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.webhook.CreatedWebhook;
import com.benchcrm.webhook.DeliveryStatus;
import com.benchcrm.webhook.WebhookDelivery;
import com.benchcrm.webhook.WebhookSignature;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reliability cases of issue 5, on real components only: PostgreSQL with forced row-level
 * security, the outbox relay, the event-ruler bus, ElasticMQ queues, the webhook function through
 * {@code FunctionInvoker}, and HTTP receivers on loopback. No broker is mocked.
 */
class EventReliabilityIT {

    static WebhookTestStack stack;
    /** What the deduping consumer saw: messages per event id, and effects (first-time handlings) per event id. */
    static final Map<UUID, AtomicInteger> MESSAGES = new ConcurrentHashMap<>();
    static final Map<UUID, AtomicInteger> EFFECTS = new ConcurrentHashMap<>();

    @BeforeAll
    static void setUp() {
        stack = WebhookTestStack.get();
        stack.events.attach(WebhookTestStack.CONSUMER_QUEUE, 10, 2, EventReliabilityIT::consume);
    }

    // ------------------------------------------------------------------ the relay killed mid-way

    @Test
    void relayKilledAfterClaimingBeforePublishing_afterRestartEveryEventArrives_andTheDedupingConsumerSeesEachOnce() throws Exception {
        stack.events.stopRelay();
        try {
            TenantId tenant = stack.newTenant("kill-claim");
            List<UUID> ids = appendCommitted(tenant, 50);

            String line = runRelayProcessUntil("after-claim", "CLAIMED ");
            assertThat(Integer.parseInt(line.split(" ")[1])).isGreaterThanOrEqualTo(50);
            assertThat(unpublished(tenant)).as("committed, claimed by the dead relay, not published").isEqualTo(50);

            stack.events.startRelay();

            Await.until(Duration.ofSeconds(30), "every event reaches the consumer", () -> ids.stream().allMatch(EFFECTS::containsKey));
            Await.until(Duration.ofSeconds(10), "the outbox is marked", () -> unpublished(tenant) == 0);
            assertThat(ids).allSatisfy(id -> assertThat(EFFECTS.get(id).get()).as("effects of " + id).isEqualTo(1));
        } finally {
            stack.events.startRelay();
        }
    }

    @Test
    void relayKilledAfterPublishingBeforeMarking_eventsArriveTwice_andTheDedupingConsumerActsOnce() throws Exception {
        stack.events.stopRelay();
        try {
            TenantId tenant = stack.newTenant("kill-publish");
            List<UUID> ids = appendCommitted(tenant, 50);

            String line = runRelayProcessUntil("after-publish", "PUBLISHED ");
            Set<UUID> publishedByTheDead = Set.of(line.split(" ")[2].split(",")).stream().map(UUID::fromString).collect(Collectors.toSet());
            assertThat(publishedByTheDead).containsAll(ids);
            assertThat(unpublished(tenant)).as("on the bus, but never marked").isEqualTo(50);

            stack.events.startRelay();

            Await.until(Duration.ofSeconds(30), "the sweeper republishes and the consumer gets every event again",
                    () -> ids.stream().allMatch(id -> MESSAGES.containsKey(id) && MESSAGES.get(id).get() >= 2));
            Await.until(Duration.ofSeconds(10), "the outbox is marked", () -> unpublished(tenant) == 0);
            assertThat(ids).allSatisfy(id -> assertThat(EFFECTS.get(id).get()).as("effects of " + id).isEqualTo(1));
        } finally {
            stack.events.startRelay();
        }
    }

    // ------------------------------------------------------------ a receiver that fails, then works

    @Test
    void receiverAnswering500FiveTimesThen200_getsItOnceMore_signaturesVerify_andTheRetriesAreLogged() throws Exception {
        TenantId tenant = stack.newTenant("retry");
        CreatedWebhook hook = stack.subscribe(tenant, "/retry", "RequirementImported");
        stack.receiver.script("/retry", 500, 500, 500, 500, 500);
        UUID eventId = appendCommitted(tenant, 1).get(0);

        Await.until(Duration.ofSeconds(40), "a 200 after five 500s",
                () -> stack.receiver.received("/retry").stream().anyMatch(r -> r.answered() == 200));
        Await.sleep(Duration.ofMillis(2_500));

        List<com.benchcrm.function.webhookdelivery.TestReceiver.Received> got = stack.receiver.received("/retry");
        assertThat(got).extracting(com.benchcrm.function.webhookdelivery.TestReceiver.Received::answered).containsExactly(500, 500, 500, 500, 500, 200);
        assertThat(got).extracting(r -> r.headers().get("webhook-id")).containsOnly(got.get(0).headers().get("webhook-id"));
        assertThat(got).allSatisfy(r -> assertThat(WebhookSignature.verify(hook.secret(), r.headers(), r.body(), r.at(),
                Duration.ofMinutes(5))).isTrue());
        assertThat(got).extracting(r -> r.headers().get("webhook-timestamp")).doesNotHaveDuplicates();
        assertThat(Json.strict().readTree(got.get(5).body()).path("id").asText()).isEqualTo(eventId.toString());

        WebhookDelivery delivery = stack.webhooks.deliveries(stack.admin(tenant), hook.webhook().id(), PageRequest.first(10)).items().get(0);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.SUCCEEDED);
        assertThat(delivery.attempts()).isEqualTo(6);
        assertThat(delivery.log()).extracting(WebhookDelivery.Attempt::statusCode).containsExactly(500, 500, 500, 500, 500, 200);
        assertThat(delivery.log()).extracting(WebhookDelivery.Attempt::error).containsExactly("HTTP 500", "HTTP 500", "HTTP 500",
                "HTTP 500", "HTTP 500", null);
        assertThat(delivery.id().toString()).isEqualTo(got.get(0).headers().get("webhook-id"));
    }

    @Test
    void receiverThatNeverAnswers2xx_isDeadLetteredAfterTheRetryWindow_withAWebhookDeliveryFailedEvent() throws Exception {
        TenantId tenant = stack.newTenant("dead");
        CreatedWebhook hook = stack.subscribe(tenant, "/dead", "ConsultantUpserted");
        stack.subscribe(tenant, "/dead-letters", "WebhookDeliveryFailed");
        Integer[] always500 = new Integer[40];
        java.util.Arrays.fill(always500, 500);
        stack.receiver.script("/dead", always500);
        UUID eventId = stack.db.transactions().inTenant(tenant, tx -> stack.outbox().append(tx, stack.admin(tenant), "ConsultantUpserted", 1,
                "consultant", UUID.randomUUID(), Map.of("id", UUID.randomUUID().toString(), "version", 1)));

        Await.until(Duration.ofSeconds(WebhookTestStack.GIVE_UP_SECONDS + 30L), "a WebhookDeliveryFailed delivery",
                () -> !stack.receiver.received("/dead-letters").isEmpty());

        WebhookDelivery delivery = stack.webhooks.deliveries(stack.admin(tenant), hook.webhook().id(), PageRequest.first(10)).items().get(0);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(delivery.attempts()).isGreaterThanOrEqualTo(4).isEqualTo(stack.receiver.received("/dead").size());
        assertThat(delivery.lastStatusCode()).isEqualTo(500);
        JsonNode failed = Json.strict().readTree(stack.receiver.received("/dead-letters").get(0).body());
        assertThat(failed.path("type").asText()).isEqualTo("WebhookDeliveryFailed");
        assertThat(failed.path("tenant").asText()).isEqualTo(tenant.toString());
        assertThat(failed.path("data").path("deliveryId").asText()).isEqualTo(delivery.id().toString());
        assertThat(failed.path("data").path("eventId").asText()).isEqualTo(eventId.toString());
        assertThat(failed.path("data").path("attempts").asInt()).isEqualTo(delivery.attempts());
        Await.sleep(Duration.ofSeconds(2));
        assertThat(stack.receiver.received("/dead")).as("no attempt after giving up").hasSize(delivery.attempts());
    }

    @Test
    void timersLostWithTheQueue_areReArmed_andThePendingDeliveryIsMade() {
        TenantId tenant = stack.newTenant("rearm");
        CreatedWebhook hook = stack.subscribe(tenant, "/rearm", "RequirementImported");
        UUID eventId = stack.ids.next();
        // A pending delivery whose timer was lost (the embedded queues are in memory across restarts).
        stack.app.inTenant(tenant, s -> s.update("""
                insert into webhook_delivery (tenant_id, id, subscription_id, event_id, event_type, body, status, attempts,
                                              next_attempt_at, timer_token, first_attempt_at, created_at)
                values (:tenant, :id, :sub, :event, 'RequirementImported', :body, 'PENDING', 1, now(), :lost, now(), now())""",
                SqlParams.of("tenant", tenant.value()).and("id", stack.ids.next()).and("sub", hook.webhook().id())
                        .and("event", eventId).and("lost", UUID.randomUUID())
                        .and("body", "{\"id\":\"" + eventId + "\",\"type\":\"RequirementImported\"}")));

        int rearmed = new com.benchcrm.webhook.WebhookTimers(stack.relayDb.transactions(), stack.relayDb.webhookDeliveries(),
                new com.benchcrm.queue.sqs.SqsDeliveryTimer(
                stack.events.sqs().queues(), stack.events.url("webhook"), java.time.Clock.systemUTC())).rearm();

        assertThat(rearmed).isGreaterThanOrEqualTo(1);
        Await.until(Duration.ofSeconds(20), "the re-armed delivery", () -> !stack.receiver.received("/rearm").isEmpty());
        assertThat(stack.receiver.received("/rearm")).hasSize(1);
        assertThat(stack.receiver.received("/rearm").get(0).body()).contains(eventId.toString());
    }

    // --------------------------------------------------------------------- volume and isolation

    @Test
    void tenThousandEventsAcrossThreeTenants_noneLost_noneDeliveredToAnotherTenant() throws Exception {
        List<TenantId> tenants = List.of(stack.newTenant("bulk-a"), stack.newTenant("bulk-b"), stack.newTenant("bulk-c"));
        Map<TenantId, String> paths = new HashMap<>();
        for (int i = 0; i < tenants.size(); i++) {
            paths.put(tenants.get(i), "/bulk-" + i);
            stack.subscribe(tenants.get(i), "/bulk-" + i, "RequirementImported", "ConsultantUpserted");
        }
        Map<TenantId, Set<UUID>> sent = new HashMap<>();
        long started = System.nanoTime();
        int total = 10_000;
        for (int i = 0; i < tenants.size(); i++) {
            int n = total / 3 + (i < total % 3 ? 1 : 0);
            sent.put(tenants.get(i), new HashSet<>(appendCommitted(tenants.get(i), n, "bulk-")));
        }

        Await.until(Duration.ofSeconds(240), "all 10,000 deliveries", () -> tenants.stream()
                .mapToInt(t -> stack.receiver.received(paths.get(t)).size()).sum() >= total);
        double seconds = (System.nanoTime() - started) / 1e9;
        Await.sleep(Duration.ofSeconds(2));

        Set<UUID> everything = new HashSet<>();
        for (TenantId t : tenants) {
            List<com.benchcrm.function.webhookdelivery.TestReceiver.Received> got = stack.receiver.received(paths.get(t));
            Set<UUID> ids = new HashSet<>();
            for (var r : got) {
                JsonNode event = Json.strict().readTree(r.body());
                assertThat(event.path("tenant").asText()).as("a delivery to " + paths.get(t)).isEqualTo(t.toString());
                ids.add(UUID.fromString(event.path("id").asText()));
            }
            assertThat(ids).as("what " + paths.get(t) + " received").isEqualTo(sent.get(t));
            assertThat(got).as("no duplicate request to " + paths.get(t)).hasSize(sent.get(t).size());
            everything.addAll(ids);
        }
        assertThat(everything).hasSize(total);
        System.out.printf("10,000 events across 3 tenants: outbox -> bus -> SQS -> webhook received in %.1f s (%.0f events/s)%n",
                seconds, total / seconds);
    }

    // ------------------------------------------------------------------------------------ helpers

    static List<UUID> appendCommitted(TenantId tenant, int n) {
        return appendCommitted(tenant, n, WebhookTestStack.CONSUMER_TRACE_PREFIX);
    }

    /** Commits {@code n} RequirementImported events, 500 per transaction, as the use cases write them. */
    static List<UUID> appendCommitted(TenantId tenant, int n, String tracePrefix) {
        Caller caller = new Caller(tenant, "reliability", Set.of(Role.Admin), tracePrefix + tenant.value().toString().substring(0, 8));
        List<UUID> ids = new ArrayList<>();
        for (int from = 0; from < n; from += 500) {
            int count = Math.min(500, n - from);
            ids.addAll(stack.db.transactions().inTenant(tenant, tx -> {
                List<UUID> batch = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    UUID aggregate = UUID.randomUUID();
                    batch.add(stack.outbox().append(tx, caller, "RequirementImported", 1, "requirement", aggregate,
                            Map.of("id", aggregate.toString(), "version", 1)));
                }
                return batch;
            }));
        }
        return ids;
    }

    static long unpublished(TenantId tenant) {
        return stack.app.inTenant(tenant, s -> s.queryOne("select count(*) as n from outbox where published_at is null",
                SqlParams.none())).orElseThrow().longValue("n");
    }

    /** The deduping consumer: records the event id in the event's tenant, acting only the first time. */
    static byte[] consume(byte[] sqsEvent) throws Exception {
        for (JsonNode record : Json.strict().readTree(sqsEvent).path("Records")) {
            DomainEvent event = DomainEvent.fromNode(Json.strict().readTree(record.path("body").asText()).path("detail"));
            MESSAGES.computeIfAbsent(event.id(), k -> new AtomicInteger()).incrementAndGet();
            boolean first = stack.db.transactions().inTenant(event.tenant(),
                    tx -> new ProcessedEvents(stack.db.processedEvents(), java.time.Clock.systemUTC()).firstTime(tx, "reliability-test", event));
            if (first) {
                EFFECTS.computeIfAbsent(event.id(), k -> new AtomicInteger()).incrementAndGet();
            }
        }
        return "{\"batchItemFailures\":[]}".getBytes(StandardCharsets.UTF_8);
    }

    /** Starts a relay in its own JVM, waits for the line it announces, and kills it with SIGKILL. */
    static String runRelayProcessUntil(String mode, String linePrefix) throws Exception {
        String urls = stack.events.routing().queues().keySet().stream().map(q -> q + "=" + stack.events.url(q))
                .collect(Collectors.joining(","));
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dlog4j2.configurationFile=log4j2-test.xml",
                RelayProcess.class.getName(), stack.pg.jdbcUrl(), stack.pg.roles().relayRole(), stack.pg.roles().relayPassword(),
                stack.events.sqs().endpoint().toString(), urls, mode).redirectErrorStream(true);
        Process p = pb.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            String line;
            while ((line = out.readLine()) != null && System.nanoTime() < deadline) {
                if (line.startsWith(linePrefix)) {
                    p.destroyForcibly();
                    assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
                    return line;
                }
            }
        } finally {
            p.destroyForcibly();
        }
        throw new AssertionError("the relay process never said " + linePrefix);
    }

    static Instant now() {
        return Instant.now();
    }
}

package com.benchcrm.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.Ids;
import com.benchcrm.common.Json;
import com.benchcrm.common.PageRequest;
import com.benchcrm.events.DomainEvent;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Role;
import com.benchcrm.tenancy.TenantAccess;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.testing.memory.InMemoryDataKeys;
import com.benchcrm.testing.memory.InMemoryPersistence;
import com.benchcrm.secrets.SecretSealer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One tenant's slow receiver must not stall another tenant's deliveries (issue 11 item 4): a batch
 * mixes six events of a tenant whose receiver hangs until the deadline with three of a tenant whose
 * receiver answers at once. The fast tenant's deliveries are made while the slow one's are still
 * hanging; the slow tenant uses at most its slots; what could not start before the batch deadline is
 * deferred to a timer without counting an attempt; no message of the batch fails.
 */
class WebhookFairnessTest {

    final Clock clock = Clock.systemUTC();
    final InMemoryPersistence db = InMemoryPersistence.create(clock);
    final Ids ids = new Ids(clock);
    final WebhookSecrets secrets = new WebhookSecrets(db.transactions(), db.webhooks(), new SecretSealer(new InMemoryDataKeys()));
    final Webhooks webhooks = new Webhooks(db.transactions(), db.webhooks(), new AuditLog(db.transactions(), db.audit(), ids, clock),
            new DestinationGuard(false, WebhooksProvisionTest::resolve), secrets, ids, clock);
    final TenantId slowTenant = new TenantId(UUID.randomUUID());
    final TenantId fastTenant = new TenantId(UUID.randomUUID());
    final CountDownLatch fastDelivered = new CountDownLatch(3);
    final List<Boolean> fastDoneWhileSlowHung = new CopyOnWriteArrayList<>();
    final AtomicInteger slowInFlight = new AtomicInteger();
    final AtomicInteger slowMaxInFlight = new AtomicInteger();
    final List<DeliveryTimer.Message> timers = new CopyOnWriteArrayList<>();

    /** The slow receiver holds every request until the deadline it is given; the fast one answers 204 at once. */
    final WebhookTransport transport = new WebhookTransport() {
        @Override
        public Response post(URI url, Map<String, String> headers, String body) {
            return post(url, headers, body, Instant.now().plusSeconds(30));
        }

        @Override
        public Response post(URI url, Map<String, String> headers, String body, Instant deadline) {
            if (!url.getHost().startsWith("slow")) {
                fastDelivered.countDown();
                return Response.status(204, 1);
            }
            slowMaxInFlight.accumulateAndGet(slowInFlight.incrementAndGet(), Math::max);
            try {
                boolean fastFirst = fastDelivered.await(Math.max(0, Duration.between(Instant.now(), deadline).toMillis()),
                        TimeUnit.MILLISECONDS);
                fastDoneWhileSlowHung.add(fastFirst);
                Thread.sleep(Math.max(0, Duration.between(Instant.now(), deadline).toMillis()));
                return Response.failure("timed out", 0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Response.failure("interrupted", 0);
            } finally {
                slowInFlight.decrementAndGet();
            }
        }
    };

    final WebhookDispatcher dispatcher = new WebhookDispatcher(db.transactions(), db.webhookDeliveries(), transport,
            (message, due) -> timers.add(message), new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofHours(1),
            () -> 0.5), new Outbox(db.outbox(), ids, clock), secrets, TenantAccess.OPEN,
            new WebhookDispatcher.Settings(new DeliverySlots(new DeliverySlots.Limits(2, 2), clock), Duration.ofSeconds(5)), ids, clock);
    final WebhookBatch batch = new WebhookBatch(dispatcher, Duration.ofSeconds(3), Duration.ofSeconds(1), clock);

    @Test
    @Timeout(30)
    void batchWithASlowTenant_otherTenantDeliveredMeanwhile_slowOnesCappedOrDeferredUncounted_noMessageFails() throws Exception {
        CreatedWebhook slow = subscribe(slowTenant, "https://slow.partner.example/hook");
        CreatedWebhook fast = subscribe(fastTenant, "https://fast.partner.example/hook");
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            bodies.add(bus(event(slowTenant)));
        }
        for (int i = 0; i < 3; i++) {
            bodies.add(bus(event(fastTenant)));
        }

        List<Optional<RuntimeException>> outcomes = batch.handle(bodies, Optional.empty());

        assertThat(outcomes).as("no message of the batch fails, so none is counted toward the DLQ").allMatch(Optional::isEmpty);
        assertThat(fastDelivered.getCount()).isZero();
        assertThat(fastDoneWhileSlowHung).as("the fast tenant was delivered while the slow receiver still hung").isNotEmpty()
                .allMatch(b -> b);
        assertThat(deliveries(fastTenant, fast)).extracting(WebhookDelivery::status).containsOnly(DeliveryStatus.SUCCEEDED).hasSize(3);
        assertThat(slowMaxInFlight.get()).as("at most the tenant's and destination's slots").isEqualTo(2);

        List<WebhookDelivery> slowOnes = deliveries(slowTenant, slow);
        assertThat(slowOnes).hasSize(6).allMatch(d -> d.status() == DeliveryStatus.PENDING);
        assertThat(slowOnes).filteredOn(d -> d.attempts() == 1).as("attempted: timed out at the deadline").hasSize(2)
                .allMatch(d -> "timed out".equals(d.lastError()));
        assertThat(slowOnes).filteredOn(d -> d.attempts() == 0).as("deferred without an attempt").hasSize(4)
                .allMatch(d -> d.log().isEmpty());
        assertThat(timers).as("each slow delivery handed to a timer").hasSize(6)
                .allMatch(t -> t.tenant().equals(slowTenant));
    }

    private CreatedWebhook subscribe(TenantId tenant, String url) {
        return webhooks.create(new Caller(tenant, "admin", Set.of(Role.Admin), "t"), new WebhookInput(url, List.of("RequirementImported"), null));
    }

    private List<WebhookDelivery> deliveries(TenantId tenant, CreatedWebhook w) {
        return webhooks.deliveries(new Caller(tenant, "admin", Set.of(Role.Admin), "t"), w.webhook().id(), PageRequest.first(50)).items();
    }

    private static DomainEvent event(TenantId tenant) {
        return new DomainEvent(UUID.randomUUID(), "RequirementImported", 1, tenant, Instant.now(), "t",
                Json.strict().createObjectNode().put("id", UUID.randomUUID().toString()));
    }

    /** The message the webhook queue gets from the bus: EventBridge's JSON with the envelope in detail. */
    private static String bus(DomainEvent e) {
        return Json.write(Map.of("version", "0", "id", UUID.randomUUID().toString(), "detail-type", e.type(), "source", "benchcrm",
                "detail", e.toNode()));
    }
}

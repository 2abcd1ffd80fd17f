package com.benchcrm.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.Ids;
import com.benchcrm.common.Json;
import com.benchcrm.common.PageRequest;
import com.benchcrm.events.DomainEvent;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.persistence.Tx;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Role;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.testing.memory.InMemoryPersistence;
import com.benchcrm.testing.memory.TickingClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The webhook dispatcher against the in-memory repositories, a scripted transport and a recording
 * timer: fan-out once per event, retries owned by one timer at a time, dead-lettering with a
 * {@code WebhookDeliveryFailed} event.
 */
class WebhookDispatcherTest {

    final TickingClock clock = new TickingClock(Instant.parse("2026-11-22T10:00:00Z"));
    final InMemoryPersistence db = InMemoryPersistence.create(clock);
    final com.benchcrm.testing.memory.InMemoryDataKeys keys = new com.benchcrm.testing.memory.InMemoryDataKeys();
    final WebhookSecrets secrets = new WebhookSecrets(db.transactions(), db.webhooks(), new com.benchcrm.secrets.SecretSealer(keys));
    final Ids ids = new Ids(clock);
    final Webhooks webhooks = new Webhooks(db.transactions(), db.webhooks(), new AuditLog(db.transactions(), db.audit(), ids, clock),
            new DestinationGuard(false, WebhooksProvisionTest::resolve), secrets, ids, clock);
    final TenantId tenant = new TenantId(UUID.randomUUID());
    final Caller admin = new Caller(tenant, "u-admin", Set.of(Role.Admin), "t");
    final List<Integer> statuses = new ArrayList<>();
    final AtomicInteger posts = new AtomicInteger();
    final List<DeliveryTimer.Message> timers = new ArrayList<>();
    final List<java.util.Map<String, String>> sentHeaders = new ArrayList<>();
    final List<String> sentBodies = new ArrayList<>();
    final WebhookTransport transport = (url, headers, body) -> {
        posts.incrementAndGet();
        sentHeaders.add(headers);
        sentBodies.add(body);
        int status = statuses.isEmpty() ? 204 : statuses.remove(0);
        return WebhookTransport.Response.status(status, 5);
    };
    final java.util.concurrent.atomic.AtomicBoolean tenantActive = new java.util.concurrent.atomic.AtomicBoolean(true);
    final com.benchcrm.tenancy.TenantAccess access = new com.benchcrm.tenancy.TenantAccess() {
        @Override
        public void requireActive(TenantId t) {
        }

        @Override
        public boolean isActive(TenantId t) {
            return tenantActive.get();
        }
    };
    final WebhookDispatcher dispatcher = new WebhookDispatcher(db.transactions(), db.webhookDeliveries(), transport,
            (message, due) -> timers.add(message), new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofMinutes(10),
            () -> 0.5), new Outbox(db.outbox(), ids, clock), secrets, access,
            new WebhookDispatcher.Settings(DeliverySlots.unlimited(clock), Duration.ofSeconds(5)), ids, clock);

    DomainEvent event(String type) {
        return new DomainEvent(UUID.randomUUID(), type, 1, tenant, Instant.now(), "t", Json.strict().createObjectNode().put("id", "x"));
    }

    WebhookDelivery onlyDelivery(CreatedWebhook w) {
        return webhooks.deliveries(admin, w.webhook().id(), PageRequest.first(10)).items().get(0);
    }

    @Test
    void anEvent_isDeliveredToItsSubscribersOnly_once_evenWhenRedelivered() {
        CreatedWebhook subscribed = webhooks.create(admin, new WebhookInput("https://hooks.partner.example/a",
                List.of("RequirementImported"), null));
        CreatedWebhook other = webhooks.create(admin, new WebhookInput("https://hooks.partner.example/b", List.of("ConsultantUpserted"),
                null));
        DomainEvent e = event("RequirementImported");

        dispatcher.onEvent(e);
        dispatcher.onEvent(e);

        assertThat(posts.get()).isEqualTo(1);
        WebhookDelivery d = onlyDelivery(subscribed);
        assertThat(d.status()).isEqualTo(DeliveryStatus.SUCCEEDED);
        assertThat(d.log()).extracting(WebhookDelivery.Attempt::statusCode).containsExactly(204);
        assertThat(webhooks.deliveries(admin, other.webhook().id(), PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void aFailedAttempt_handsTheDeliveryToATimer_whoseMessageTriesAgain_andAStaleTimerDoesNothing() {
        CreatedWebhook w = webhooks.create(admin, new WebhookInput("https://hooks.partner.example/r", List.of("RequirementImported"), null));
        statuses.add(503);

        dispatcher.onEvent(event("RequirementImported"));

        assertThat(timers).hasSize(1);
        WebhookDelivery pending = onlyDelivery(w);
        assertThat(pending.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(pending.lastStatusCode()).isEqualTo(503);
        clock.advance(Duration.ofMinutes(1));
        dispatcher.onTimer(new DeliveryTimer.Message(tenant, pending.id(), UUID.randomUUID()));
        assertThat(posts.get()).as("a timer that does not own the delivery").isEqualTo(1);

        dispatcher.onTimer(timers.get(0));

        assertThat(posts.get()).isEqualTo(2);
        WebhookDelivery done = onlyDelivery(w);
        assertThat(done.status()).isEqualTo(DeliveryStatus.SUCCEEDED);
        assertThat(done.log()).extracting(WebhookDelivery.Attempt::statusCode).containsExactly(503, 204);
    }

    @Test
    void afterTheRetryWindow_theDeliveryIsDeadLettered_withAWebhookDeliveryFailedEvent() {
        CreatedWebhook w = webhooks.create(admin, new WebhookInput("https://hooks.partner.example/x", List.of("RequirementImported"), null));
        for (int i = 0; i < 20; i++) {
            statuses.add(500);
        }

        dispatcher.onEvent(event("RequirementImported"));
        while (onlyDelivery(w).status() == DeliveryStatus.PENDING && !timers.isEmpty()) {
            clock.advance(Duration.ofMinutes(6));
            dispatcher.onTimer(timers.get(timers.size() - 1));
        }

        WebhookDelivery failed = onlyDelivery(w);
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.failedAt()).isNotNull();
        assertThat(failed.attempts()).isGreaterThan(1).isEqualTo(failed.log().size());
        assertThat(db.transactions().inTenant(tenant, (Tx tx) -> db.outbox().all(tx)))
                .filteredOn(e -> e.event().eventType().equals("WebhookDeliveryFailed")).singleElement()
                .satisfies(e -> assertThat(e.payload().path("deliveryId").asText()).isEqualTo(failed.id().toString()));
    }

    @Test
    void rearm_givesEveryPendingDeliveryANewTimer_andTheOldOneNoLongerOwnsIt() {
        CreatedWebhook w = webhooks.create(admin, new WebhookInput("https://hooks.partner.example/re", List.of("RequirementImported"), null));
        statuses.add(503);
        dispatcher.onEvent(event("RequirementImported"));
        DeliveryTimer.Message old = timers.get(0);
        List<DeliveryTimer.Message> rearmed = new ArrayList<>();

        int n = new WebhookTimers(db.transactions(), db.webhookDeliveries(), (message, due) -> rearmed.add(message)).rearm();

        assertThat(n).isEqualTo(1);
        assertThat(rearmed.get(0).delivery()).isEqualTo(old.delivery());
        assertThat(rearmed.get(0).token()).isNotEqualTo(old.token());
        clock.advance(Duration.ofMinutes(1));
        dispatcher.onTimer(old);
        assertThat(posts.get()).isEqualTo(1);
        dispatcher.onTimer(rearmed.get(0));
        assertThat(onlyDelivery(w).status()).isEqualTo(DeliveryStatus.SUCCEEDED);
    }

    @Test
    void aSubscriptionStoredWithAPlainSecret_isSignedWithIt_andSealedInPlaceOnFirstUse() {
        CreatedWebhook w = webhooks.create(admin, new WebhookInput("https://hooks.partner.example/legacy", List.of("RequirementImported"),
                null));
        String plain = WebhookSignature.newSecret();
        // a row as it was before sealing existed (ADR 0057)
        db.transactions().inTenant(tenant, (Tx tx) -> {
            db.webhooks().forceStoredSecret(tx, w.webhook().id(), plain);
            return null;
        });

        dispatcher.onEvent(event("RequirementImported"));

        assertThat(WebhookSignature.verify(plain, sentHeaders.get(0), sentBodies.get(0), Instant.now(), Duration.ofDays(3650))).isTrue();
        String stored = db.transactions().inTenant(tenant, (Tx tx) -> db.webhooks().secret(tx, w.webhook().id())).orElseThrow();
        assertThat(stored).startsWith("v1.").doesNotContain(plain.substring("whsec_".length()));
        assertThat(secrets.open(tenant, w.webhook().id(), stored)).isEqualTo(plain);
    }

    @Test
    void signingSecretUnavailable_isAFailedAttemptWithTheReason_retriedLater_notAnError() {
        CreatedWebhook w = webhooks.create(admin, new WebhookInput("https://hooks.partner.example/kms", List.of("RequirementImported"), null));
        keys.failing(true);

        dispatcher.onEvent(event("RequirementImported"));

        assertThat(posts.get()).as("nothing unsigned is sent").isZero();
        WebhookDelivery pending = onlyDelivery(w);
        assertThat(pending.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(pending.lastError()).startsWith("signing secret unavailable: the key service cannot be reached");
        assertThat(timers).hasSize(1);
        keys.failing(false);
        clock.advance(Duration.ofMinutes(1));
        dispatcher.onTimer(timers.get(0));
        assertThat(onlyDelivery(w).status()).isEqualTo(DeliveryStatus.SUCCEEDED);
    }

    @Test
    void suspendedTenant_getsNoDeliveries_andItsPendingOnesFailWithoutAnAttempt() {
        CreatedWebhook w = webhooks.create(admin, new WebhookInput("https://hooks.partner.example/s", List.of("RequirementImported"), null));
        statuses.add(503);
        dispatcher.onEvent(event("RequirementImported"));
        tenantActive.set(false);

        dispatcher.onEvent(event("RequirementImported"));
        clock.advance(Duration.ofMinutes(1));
        dispatcher.onTimer(timers.get(0));

        assertThat(posts.get()).as("only the attempt made while the tenant was active").isEqualTo(1);
        List<WebhookDelivery> all = webhooks.deliveries(admin, w.webhook().id(), PageRequest.first(10)).items();
        assertThat(all).as("the event after the suspension created none").hasSize(1);
        assertThat(all.get(0).status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(all.get(0).attempts()).isEqualTo(1);
        assertThat(all.get(0).lastError()).isEqualTo("tenant suspended");
    }
}

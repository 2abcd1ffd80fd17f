package com.benchcrm.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.persistence.Tx;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.webhook.DeliveryStatus;
import com.benchcrm.webhook.Webhook;
import com.benchcrm.webhook.WebhookDelivery;
import com.benchcrm.webhook.WebhookDeliveryRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every webhook subscription and delivery store does, PostgreSQL or in memory. */
public abstract class WebhookRepositoryContract {

    protected abstract Stores stores();

    /** Sealed values as WebhookSecrets stores them (the store keeps them opaque). */
    static final String SECRET = "v1.local-1.d3JhcHBlZA.aXZpdml2aXZpdml2.Y2lwaGVydGV4dA";
    static final String OTHER_SECRET = "v1.local-2.d3JhcHBlZDI.aXZpdml2aXZpdml3.Y2lwaGVydGV4dDI";

    private <T> T in(TenantId tenant, java.util.function.Function<Tx, T> work) {
        return stores().transactions().inTenant(tenant, work);
    }

    private Webhook subscribe(TenantId tenant, String... types) {
        Webhook w = new Webhook(Samples.id(), "https://hooks.partner.example/" + UUID.randomUUID(), List.of(types), "partner", "u1",
                Instant.parse("2026-11-22T10:00:00Z"));
        in(tenant, (Tx tx) -> {
            stores().webhooks().insert(tx, w, SECRET);
            return null;
        });
        return w;
    }

    private UUID deliver(TenantId tenant, Webhook w, UUID eventId) {
        UUID id = Samples.id();
        in(tenant, (Tx tx) -> {
            stores().webhookDeliveries().create(tx, id, w.id(), eventId, w.eventTypes().get(0), "{\"id\":\"" + eventId + "\"}",
                    Instant.parse("2026-11-22T10:00:00Z"));
            return null;
        });
        return id;
    }

    @Test
    void subscriptions_insertFindListCount_newestFirst_andTenantScoped() {
        TenantId tenant = stores().newTenant();
        Webhook a = subscribe(tenant, "RequirementImported");
        Webhook b = subscribe(tenant, "ConsultantUpserted", "RecommendationsReady");

        assertThat(in(tenant, (Tx tx) -> stores().webhooks().find(tx, b.id()))).contains(b);
        assertThat(in(tenant, (Tx tx) -> stores().webhooks().list(tx, Optional.empty(), 10))).containsExactly(b, a);
        assertThat(in(tenant, (Tx tx) -> stores().webhooks().list(tx, Optional.of(b.id()), 10))).containsExactly(a);
        assertThat(in(tenant, (Tx tx) -> stores().webhooks().count(tx))).isEqualTo(2);
        TenantId other = stores().newTenant();
        assertThat(in(other, (Tx tx) -> stores().webhooks().find(tx, a.id()))).isEmpty();
        assertThat(in(other, (Tx tx) -> stores().webhooks().count(tx))).isZero();
    }

    @Test
    void replaceSecret_saysWhetherItChanged_andUpdateKeepsTheCreator() {
        TenantId tenant = stores().newTenant();
        Webhook w = subscribe(tenant, "RequirementImported");

        assertThat(in(tenant, (Tx tx) -> stores().webhooks().replaceSecret(tx, w.id(), SECRET))).isFalse();
        assertThat(in(tenant, (Tx tx) -> stores().webhooks().replaceSecret(tx, w.id(), OTHER_SECRET))).isTrue();
        in(tenant, (Tx tx) -> {
            stores().webhooks().update(tx, w.id(), "https://hooks.partner.example/v2", List.of("SubmissionStatusChanged"), null);
            return null;
        });

        Webhook after = in(tenant, (Tx tx) -> stores().webhooks().find(tx, w.id())).orElseThrow();
        assertThat(after.url()).isEqualTo("https://hooks.partner.example/v2");
        assertThat(after.eventTypes()).containsExactly("SubmissionStatusChanged");
        assertThat(after.createdBy()).isEqualTo("u1");
        assertThat(after.createdAt()).isEqualTo(w.createdAt());
    }

    @Test
    void deliveries_onePerSubscriptionAndEvent_loggedWithTheirAttempts_andDeletedWithTheSubscription() {
        TenantId tenant = stores().newTenant();
        Webhook w = subscribe(tenant, "RequirementImported");
        Webhook other = subscribe(tenant, "ConsultantUpserted");
        UUID event = UUID.randomUUID();
        UUID delivery = deliver(tenant, w, event);
        deliver(tenant, w, event); // the same event again: nothing new

        assertThat(in(tenant, (Tx tx) -> stores().webhookDeliveries().subscriptionsFor(tx, "RequirementImported"))).containsExactly(w.id());
        assertThat(in(tenant, (Tx tx) -> stores().webhookDeliveries().unownedPending(tx, event))).containsExactly(delivery);
        in(tenant, (Tx tx) -> {
            stores().webhookDeliveries().startAttempt(tx, delivery, 1, Instant.parse("2026-11-22T10:00:01Z"),
                    Instant.parse("2026-11-22T10:00:01Z"), Instant.parse("2026-11-22T10:01:01Z"));
            WebhookDelivery.Attempt attempt = new WebhookDelivery.Attempt(1, Instant.parse("2026-11-22T10:00:01Z"), 503, "HTTP 503", 40);
            stores().webhookDeliveries().logAttempt(tx, delivery, attempt);
            stores().webhookDeliveries().logAttempt(tx, delivery, attempt);
            return null;
        });

        List<WebhookDelivery> log = in(tenant, (Tx tx) -> stores().webhooks().deliveries(tx, w.id(), Optional.empty(), 10));
        assertThat(log).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo(delivery);
            assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(d.attempts()).isEqualTo(1);
            assertThat(d.log()).extracting(WebhookDelivery.Attempt::statusCode).containsExactly(503);
        });
        assertThat(in(tenant, (Tx tx) -> stores().webhooks().deliveries(tx, other.id(), Optional.empty(), 10))).isEmpty();

        assertThat(in(tenant, (Tx tx) -> stores().webhooks().delete(tx, w.id()))).isTrue();
        assertThat(in(tenant, (Tx tx) -> stores().webhookDeliveries().lock(tx, delivery))).isEmpty();
        assertThat(in(tenant, (Tx tx) -> stores().webhooks().delete(tx, w.id()))).isFalse();
    }

    @Test
    void lock_readsTheDeliveryWithItsSubscriptionsUrlAndSecret() {
        TenantId tenant = stores().newTenant();
        Webhook w = subscribe(tenant, "RequirementImported");
        UUID event = UUID.randomUUID();
        UUID delivery = deliver(tenant, w, event);

        WebhookDeliveryRepository.DeliveryState state = in(tenant, (Tx tx) -> stores().webhookDeliveries().lock(tx, delivery)).orElseThrow();

        assertThat(state.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(state.timerToken()).isNull();
        assertThat(state.nextAttemptAt()).isEqualTo(Instant.parse("2026-11-22T10:00:00Z"));
        assertThat(state.url()).isEqualTo(w.url());
        assertThat(state.secret()).isEqualTo(SECRET);
        assertThat(state.eventId()).isEqualTo(event);
        assertThat(state.body()).contains(event.toString());
        assertThat(in(stores().newTenant(), (Tx tx) -> stores().webhookDeliveries().lock(tx, delivery))).isEmpty();
    }

    @Test
    void handOver_onlyFromTheCurrentOwner_andFailedOnlyWhilePending() {
        TenantId tenant = stores().newTenant();
        Webhook w = subscribe(tenant, "RequirementImported");
        UUID delivery = deliver(tenant, w, UUID.randomUUID());
        UUID timer = UUID.randomUUID();
        Instant due = Instant.parse("2026-11-22T10:05:00Z");

        in(tenant, (Tx tx) -> {
            stores().webhookDeliveries().handOver(tx, delivery, null, timer, due, new WebhookDeliveryRepository.LastResult(503, "HTTP 503"));
            stores().webhookDeliveries().handOver(tx, delivery, UUID.randomUUID(), UUID.randomUUID(), due.plusSeconds(60), null);
            return null;
        });
        WebhookDeliveryRepository.DeliveryState state = in(tenant, (Tx tx) -> stores().webhookDeliveries().lock(tx, delivery)).orElseThrow();
        assertThat(state.timerToken()).as("a stale owner changes nothing").isEqualTo(timer);
        assertThat(state.nextAttemptAt()).isEqualTo(due);
        assertThat(in(tenant, (Tx tx) -> stores().webhooks().deliveries(tx, w.id(), Optional.empty(), 1)).get(0).lastStatusCode()).isEqualTo(503);

        assertThat(in(tenant, (Tx tx) -> stores().webhookDeliveries().failed(tx, delivery, due,
                new WebhookDeliveryRepository.LastResult(null, "timeout")))).isTrue();
        assertThat(in(tenant, (Tx tx) -> stores().webhookDeliveries().failed(tx, delivery, due,
                new WebhookDeliveryRepository.LastResult(null, "timeout")))).isFalse();
        WebhookDelivery failed = in(tenant, (Tx tx) -> stores().webhooks().deliveries(tx, w.id(), Optional.empty(), 1)).get(0);
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.nextAttemptAt()).isNull();
        assertThat(failed.lastError()).isEqualTo("timeout");
    }

    @Test
    void succeeded_marksItDelivered() {
        TenantId tenant = stores().newTenant();
        Webhook w = subscribe(tenant, "RequirementImported");
        UUID delivery = deliver(tenant, w, UUID.randomUUID());

        in(tenant, (Tx tx) -> {
            stores().webhookDeliveries().succeeded(tx, delivery, Instant.parse("2026-11-22T10:00:02Z"), 204);
            return null;
        });

        WebhookDelivery d = in(tenant, (Tx tx) -> stores().webhooks().deliveries(tx, w.id(), Optional.empty(), 1)).get(0);
        assertThat(d.status()).isEqualTo(DeliveryStatus.SUCCEEDED);
        assertThat(d.deliveredAt()).isEqualTo(Instant.parse("2026-11-22T10:00:02Z"));
        assertThat(d.lastStatusCode()).isEqualTo(204);
    }

    @Test
    void rearmAll_givesEveryTenantsPendingDeliveriesANewTimer() {
        TenantId a = stores().newTenant();
        TenantId b = stores().newTenant();
        UUID pendingA = deliver(a, subscribe(a, "RequirementImported"), UUID.randomUUID());
        Webhook wb = subscribe(b, "RequirementImported");
        UUID pendingB = deliver(b, wb, UUID.randomUUID());
        UUID doneB = deliver(b, wb, UUID.randomUUID());
        in(b, (Tx tx) -> {
            stores().webhookDeliveries().succeeded(tx, doneB, Instant.now(), 200);
            return null;
        });

        List<WebhookDeliveryRepository.Rearmed> rearmed = stores().relayTransactions().withoutTenant(
                (Tx tx) -> stores().webhookDeliveries().rearmAll(tx));

        assertThat(rearmed).extracting(WebhookDeliveryRepository.Rearmed::delivery).contains(pendingA, pendingB).doesNotContain(doneB);
        WebhookDeliveryRepository.Rearmed forA = rearmed.stream().filter(r -> r.delivery().equals(pendingA)).findFirst().orElseThrow();
        assertThat(forA.tenant()).isEqualTo(a);
        assertThat(in(a, (Tx tx) -> stores().webhookDeliveries().lock(tx, pendingA)).orElseThrow().timerToken()).isEqualTo(forA.token());
    }
}

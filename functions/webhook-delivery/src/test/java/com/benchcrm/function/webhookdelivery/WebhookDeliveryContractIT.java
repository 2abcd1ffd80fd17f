package com.benchcrm.function.webhookdelivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.sql.SqlParams;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.webhook.CreatedWebhook;
import com.benchcrm.webhook.WebhookSignature;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The {@code webhookDelivery} function through its real entry point, with the sample events of
 * {@code events/webhook-delivery/}: what it delivers, what it reports failed, what it dead-letters.
 */
class WebhookDeliveryContractIT {

    static WebhookTestStack stack;

    @BeforeAll
    static void setUp() {
        stack = WebhookTestStack.get();
    }

    @Test
    void event_ofASubscribedTenant_isDeliveredSignedWithTheEnvelopeAsBody_andNotReportedFailed() throws Exception {
        TenantId tenant = stack.newTenant("wd-ok");
        CreatedWebhook hook = stack.subscribe(tenant, "/wd-ok", "RequirementImported");
        UUID eventId = stack.ids.next();
        WebhookEvent event = WebhookEvent.load("webhook-event").envelope(tenant.value(), eventId);

        JsonNode response = invoke(event);

        assertThat(response.path("batchItemFailures")).isEmpty();
        List<TestReceiver.Received> got = stack.receiver.received("/wd-ok");
        assertThat(got).hasSize(1);
        TestReceiver.Received r = got.get(0);
        assertThat(WebhookEvent.JSON.readTree(r.body())).isEqualTo(event.body().path("detail"));
        assertThat(r.headers().get("content-type")).isEqualTo("application/json");
        assertThat(WebhookSignature.verify(hook.secret(), r.headers(), r.body(), Instant.now(), Duration.ofMinutes(5)))
                .isTrue();
        assertThat(r.headers().get("webhook-id"))
                .isEqualTo(deliveryIds(tenant).get(0).toString());
    }

    @Test
    void sameEventTwice_createsOneDeliveryAndOneRequest() {
        TenantId tenant = stack.newTenant("wd-twice");
        stack.subscribe(tenant, "/wd-twice", "RequirementImported", "ConsultantUpserted");
        WebhookEvent event = WebhookEvent.load("webhook-event").envelope(tenant.value(), stack.ids.next());

        invoke(event);
        invoke(event);

        assertThat(stack.receiver.received("/wd-twice")).hasSize(1);
        assertThat(deliveryIds(tenant)).hasSize(1);
    }

    @Test
    void event_ofATypeNobodySubscribed_orOfATenantWithoutWebhooks_isAcknowledgedWithoutDelivery() {
        TenantId subscribed = stack.newTenant("wd-types");
        stack.subscribe(subscribed, "/wd-types", "ConsultantDeleted");
        TenantId none = stack.newTenant("wd-none");

        assertThat(invoke(WebhookEvent.load("webhook-event").envelope(subscribed.value(), stack.ids.next()))
                        .path("batchItemFailures"))
                .isEmpty();
        assertThat(invoke(WebhookEvent.load("webhook-event").envelope(none.value(), stack.ids.next()))
                        .path("batchItemFailures"))
                .isEmpty();
        assertThat(stack.receiver.received("/wd-types")).isEmpty();
    }

    @Test
    void poisonMessage_goesToTheDlqWithItsError_andIsNotReportedFailed() {
        String messageId = "poison-" + UUID.randomUUID();

        JsonNode response = invoke(WebhookEvent.load("webhook-poison").messageId(messageId));

        assertThat(response.path("batchItemFailures")).isEmpty();
        Message dead = findInDlq(messageId);
        assertThat(dead.body()).isEqualTo("this is not an event");
        assertThat(dead.messageAttributes().get("benchcrm-error").stringValue())
                .contains("MalformedEventException")
                .contains("not JSON");
        assertThat(dead.messageAttributes().get("benchcrm-receive-count").stringValue())
                .isEqualTo("1");
    }

    @Test
    void staleOrUnknownTimer_isDropped() {
        TenantId tenant = stack.newTenant("wd-timer");

        JsonNode response =
                invoke(WebhookEvent.load("webhook-timer").timer(tenant.value(), UUID.randomUUID(), UUID.randomUUID()));

        assertThat(response.path("batchItemFailures")).isEmpty();
    }

    @Test
    void busyDelivery_isReportedFailedWhileReceivesRemain_andDeadLetteredWithItsErrorOnTheLast() {
        TenantId tenant = stack.newTenant("wd-busy");
        stack.subscribe(tenant, "/wd-busy", "RequirementImported");
        UUID eventId = stack.ids.next();
        // A delivery that another copy of the message is attempting right now (its lease is held).
        stack.app.inTenant(
                tenant,
                s -> s.update(
                        """
                insert into webhook_delivery (tenant_id, id, subscription_id, event_id, event_type, body, status, next_attempt_at,
                                              lease_until, created_at)
                select :tenant, :id, id, :event, 'RequirementImported', '{}', 'PENDING', now(), now() + interval '1 minute', now()
                from webhook_subscription where tenant_id = :tenant""",
                        SqlParams.of("tenant", tenant.value())
                                .and("id", stack.ids.next())
                                .and("event", eventId)));
        String first = "busy-" + UUID.randomUUID();
        String last = "busy-last-" + UUID.randomUUID();

        JsonNode early = invoke(WebhookEvent.load("webhook-event")
                .envelope(tenant.value(), eventId)
                .messageId(first)
                .receiveCount(1));
        JsonNode onLast = invoke(WebhookEvent.load("webhook-event")
                .envelope(tenant.value(), eventId)
                .messageId(last)
                .receiveCount(8));

        assertThat(early.path("batchItemFailures").findValuesAsText("itemIdentifier"))
                .containsExactly(first);
        assertThat(onLast.path("batchItemFailures")).isEmpty();
        assertThat(findInDlq(last).messageAttributes().get("benchcrm-error").stringValue())
                .contains("DeliveryBusyException");
        assertThat(stack.receiver.received("/wd-busy")).isEmpty();
    }

    // ------------------------------------------------------------------------------------ helpers

    static JsonNode invoke(WebhookEvent event) {
        try {
            return WebhookEvent.JSON.readTree(stack.webhookFunction.invoke(event.bytes()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<UUID> deliveryIds(TenantId tenant) {
        return stack
                .app
                .inTenant(tenant, s -> s.query("select id from webhook_delivery order by id", SqlParams.none()))
                .stream()
                .map(r -> r.uuid("id"))
                .toList();
    }

    /** Receives from the webhook DLQ until the message that came from {@code messageId} shows up. */
    static Message findInDlq(String messageId) {
        String dlq = stack.events.url("webhook-dlq");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            for (Message m : stack.events
                    .sqs()
                    .queues()
                    .client()
                    .receiveMessage(b -> b.queueUrl(dlq)
                            .maxNumberOfMessages(10)
                            .waitTimeSeconds(1)
                            .messageAttributeNames("All")
                            .visibilityTimeout(60))
                    .messages()) {
                var source = m.messageAttributes().get("benchcrm-source-message-id");
                if (source != null && source.stringValue().equals(messageId)) {
                    return m;
                }
            }
        }
        throw new AssertionError("no DLQ message from " + messageId + " " + Map.of());
    }
}

package com.benchcrm.function.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.notification.Notification;
import com.benchcrm.notification.NotificationKind;
import com.benchcrm.persistence.Tx;
import com.benchcrm.submission.Submission;
import com.benchcrm.submission.SubmissionStatus;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.testing.contract.PipelineSamples;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The {@code notify} function through its real entry point with the sample SQS events of
 * {@code events/notifications/} (the marketing work's {@code OutreachReplyReceived} among them), on
 * PostgreSQL: a redelivered event notifies nobody twice; poison goes to the DLQ with its reason and
 * the rest of the batch is handled.
 */
class NotifyFunctionContractIT {

    static final ObjectMapper JSON = new ObjectMapper();

    final NotificationsTestStack stack = NotificationsTestStack.get();

    /** The sample's single record with its tenant and data fields replaced, and a fresh event id. */
    static ObjectNode record(String sample, TenantId tenant, String messageId, String... fieldValues) throws Exception {
        ObjectNode record = (ObjectNode) JSON.readTree(NotificationsTestStack.sample(sample))
                .path("Records")
                .get(0);
        ObjectNode body = (ObjectNode) JSON.readTree(record.path("body").asText());
        ObjectNode detail = (ObjectNode) body.path("detail");
        detail.put("tenant", tenant.value().toString())
                .put("id", UUID.randomUUID().toString());
        for (int i = 0; i < fieldValues.length; i += 2) {
            ((ObjectNode) detail.path("data")).put(fieldValues[i], fieldValues[i + 1]);
        }
        record.put("body", body.toString());
        record.put("messageId", messageId);
        return record;
    }

    static byte[] batch(JsonNode... records) throws Exception {
        ObjectNode event = JSON.createObjectNode();
        event.putArray("Records").addAll(java.util.List.of(records));
        return JSON.writeValueAsBytes(event);
    }

    @Test
    void outreachReplyToASubmission_notifiesItsWatchers_onceAcrossRedelivery() throws Exception {
        TenantId tenant = stack.newTenant("notify-reply");
        UUID ann = stack.user(tenant, "ann@acme.example");
        UUID bob = stack.user(tenant, "bob@acme.example");
        UUID consultant = stack.consultant(tenant, "Asha Rao", bob);
        UUID requirement = stack.requirement(tenant, "QA Lead");
        Submission s = PipelineSamples.submission(
                consultant,
                requirement,
                null,
                SubmissionStatus.SUBMITTED,
                ann.toString(),
                PipelineSamples.stages(Instant.now(), null, null, null, null, null),
                Instant.now());
        stack.in(tenant, (Tx tx) -> {
            stack.db.submissions().insert(tx, s);
            return null;
        });
        byte[] event = batch(record(
                "notify-outreach-reply-submission",
                tenant,
                "m-" + UUID.randomUUID(),
                "submissionId",
                s.id().toString()));

        JsonNode first = JSON.readTree(stack.notify.invoke(event));
        JsonNode again = JSON.readTree(stack.notify.invoke(event));

        assertThat(first.path("batchItemFailures")).isEmpty();
        assertThat(again.path("batchItemFailures")).isEmpty();
        assertThat(stack.notificationsOf(tenant, ann)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.OUTREACH_REPLY);
            assertThat(n.title()).isEqualTo("Reply from recruiter@vendor.example about Asha Rao");
            assertThat(n.link()).isEqualTo("/pipeline?submission=" + s.id());
        });
        assertThat(stack.notificationsOf(tenant, bob))
                .extracting(Notification::title)
                .hasSize(1);
    }

    @Test
    void hotListReply_andWorkAuthorizationExpiring_inOneBatch_withPoison_poisonToTheDlq_theRestHandled()
            throws Exception {
        TenantId tenant = stack.newTenant("notify-batch");
        UUID ann = stack.user(tenant, "ann@acme.example");
        UUID consultant = stack.consultant(tenant, "Ben Low", ann);
        String poisonId = "poison-" + UUID.randomUUID();
        ObjectNode poison = (ObjectNode) JSON.readTree(NotificationsTestStack.sample("poison"))
                .path("Records")
                .get(0);
        poison.put("messageId", poisonId);

        JsonNode response = JSON.readTree(stack.notify.invoke(batch(
                record("notify-outreach-reply-hot-list", tenant, "m-" + UUID.randomUUID()),
                poison,
                record(
                        "notify-work-authorization-expiring",
                        tenant,
                        "m-" + UUID.randomUUID(),
                        "consultantId",
                        consultant.toString()))));

        assertThat(response.path("batchItemFailures")).isEmpty();
        assertThat(stack.notificationsOf(tenant, ann))
                .extracting(Notification::kind)
                .containsExactlyInAnyOrder(
                        NotificationKind.OUTREACH_REPLY, NotificationKind.WORK_AUTHORIZATION_EXPIRING);
        Message dead = findInDlq(poisonId);
        assertThat(dead.messageAttributes().get("benchcrm-error").stringValue()).isNotBlank();
    }

    private Message findInDlq(String messageId) {
        String url = stack.events.url("notify-dlq");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            for (Message m : stack.events
                    .sqs()
                    .queues()
                    .client()
                    .receiveMessage(b -> b.queueUrl(url)
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
        throw new AssertionError("no message from " + messageId + " in notify-dlq");
    }
}

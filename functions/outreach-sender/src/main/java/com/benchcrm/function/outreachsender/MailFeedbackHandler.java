package com.benchcrm.function.outreachsender;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.benchcrm.common.Json;
import com.benchcrm.common.ValidationException;
import com.benchcrm.events.MalformedEventException;
import com.benchcrm.function.runtime.sqs.SqsBatch;
import com.benchcrm.function.runtime.sqs.SqsMessage;
import com.benchcrm.marketing.MailFeedback;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One SQS batch of the feedback queue: SES event notifications of the tenants' configuration sets,
 * published to SNS and delivered to the queue (ADR 0095). A record's body is the notification itself
 * (raw message delivery) or SNS's envelope around it ({@code "Type":"Notification"}, the notification
 * in {@code Message}); either way {@link MailFeedback} suppresses the recipients of a permanent bounce
 * or a complaint, in the tenant its {@code benchcrm-tenant} tag names (ADR 0091). Suppressing is
 * idempotent (the first reason stays), so a redelivery changes nothing. A body that is not a
 * notification, or names no tenant, is poison: to the DLQ at once, with why.
 */
public final class MailFeedbackHandler {

    private static final Logger LOG = LoggerFactory.getLogger(MailFeedbackHandler.class);

    private final MailFeedback feedback;
    private final SqsBatch batch;

    public MailFeedbackHandler(MailFeedback feedback, SqsBatch batch) {
        this.feedback = feedback;
        this.batch = batch;
    }

    public SQSBatchResponse handle(List<SqsMessage> messages) {
        return batch.each(messages, m -> {
            String notification = notification(m.body());
            MailFeedback.Outcome outcome;
            try {
                outcome = feedback.apply(notification);
            } catch (ValidationException e) {
                throw new MalformedEventException("an SES notification without a BenchCRM tenant: " + e.getMessage());
            }
            LOG.info(
                    "SES {} of tenant {}: suppressed {} address(es)",
                    outcome.type(),
                    outcome.tenant(),
                    outcome.suppressed().size());
        });
    }

    /** The SES notification in a record's body: the body itself, or the {@code Message} of SNS's envelope. */
    static String notification(String body) {
        JsonNode n;
        try {
            n = Json.strict().readTree(body);
        } catch (java.io.IOException | RuntimeException e) {
            throw new MalformedEventException("not JSON: " + e.getMessage());
        }
        if (n == null || !n.isObject()) {
            throw new MalformedEventException("not a JSON object");
        }
        if ("Notification".equals(n.path("Type").asText()) && n.path("Message").isTextual()) {
            return notification(n.path("Message").asText());
        }
        if (!n.has("eventType") && !n.has("notificationType")) {
            throw new MalformedEventException("not an SES event notification (no eventType)");
        }
        return body;
    }
}

package com.benchcrm.function.outreachsender;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.benchcrm.events.MalformedEventException;
import com.benchcrm.function.runtime.sqs.SqsBatch;
import com.benchcrm.function.runtime.sqs.SqsMessage;
import com.benchcrm.marketing.MailSender;
import com.benchcrm.marketing.OutreachMessage;
import com.benchcrm.marketing.OutreachSendRequest;
import com.benchcrm.marketing.OutreachSender;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One SQS batch of the send queue: each message is one queued recipient, sent on its own by {@link
 * OutreachSender#send} (idempotent: a redelivered message finds its row {@code SENT} and does nothing).
 * A message that is not a send request is poison (to the DLQ at once, with why); a mail provider failure
 * fails the message only (partial batch failure), its row stays {@code QUEUED} and SQS brings it back,
 * to the DLQ after the queue's maxReceiveCount. A send the sender refuses for good (draft not approved,
 * address suppressed since) is an outcome recorded on the row, not a failure.
 */
public final class OutreachSenderHandler {

    private static final Logger LOG = LoggerFactory.getLogger(OutreachSenderHandler.class);

    private final OutreachSender sender;
    private final SqsBatch batch;

    public OutreachSenderHandler(OutreachSender sender, SqsBatch batch) {
        this.sender = sender;
        this.batch = batch;
    }

    public SQSBatchResponse handle(List<SqsMessage> messages) {
        return batch.each(messages, m -> {
            OutreachSendRequest request;
            try {
                request = OutreachSendRequest.parse(m.body());
            } catch (IllegalArgumentException e) {
                throw new MalformedEventException("not an outreach send request: " + e.getMessage());
            }
            OutreachMessage.Status status;
            try {
                status = sender.send(request.tenant(), request.message());
            } catch (MailSender.MailSendException e) {
                throw new IllegalStateException(
                        "the mail provider did not take message " + request.message() + ": " + e.getMessage(), e);
            }
            LOG.info("outreach message {} of tenant {}: {}", request.message(), request.tenant(), status);
        });
    }
}

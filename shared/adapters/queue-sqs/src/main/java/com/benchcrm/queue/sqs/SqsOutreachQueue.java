package com.benchcrm.queue.sqs;

import com.benchcrm.marketing.OutreachQueue;
import com.benchcrm.marketing.OutreachSendRequest;
import com.benchcrm.tenancy.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The send queue on SQS (ADR 0095): one message per queued recipient ({@link OutreachSendRequest}),
 * sent in batches of ten after the approval committed; the {@code outreachSender} function sends them.
 * An entry SQS refuses is sent once more on its own; one that still fails is logged and stays {@code
 * QUEUED} in the database (nothing is lost: the row is the truth, the queue message only a wake-up).
 *
 * <pre>{@code
 * OutreachQueue queue = new SqsOutreachQueue(sqs, "https://sqs.eu-west-1.amazonaws.com/123/benchcrm-outreach");
 * }</pre>
 */
public final class SqsOutreachQueue implements OutreachQueue {

    private static final Logger LOG = LoggerFactory.getLogger(SqsOutreachQueue.class);

    private final SqsQueues sqs;
    private final String queueUrl;

    public SqsOutreachQueue(SqsQueues sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    @Override
    public void enqueue(TenantId tenant, List<UUID> messageIds) {
        for (int from = 0; from < messageIds.size(); from += SqsQueues.MAX_BATCH) {
            List<UUID> chunk = messageIds.subList(from, Math.min(messageIds.size(), from + SqsQueues.MAX_BATCH));
            List<String> bodies = new ArrayList<>(chunk.size());
            for (UUID id : chunk) {
                bodies.add(new OutreachSendRequest(tenant, id).toJson());
            }
            Map<Integer, String> refused = sqs.sendBatch(queueUrl, bodies);
            for (Map.Entry<Integer, String> e : refused.entrySet()) {
                try {
                    sqs.send(queueUrl, bodies.get(e.getKey()), java.time.Duration.ZERO, Map.of());
                } catch (RuntimeException again) {
                    LOG.error(
                            "outreach message {} of tenant {} stays queued: SQS refused it ({}; {})",
                            chunk.get(e.getKey()),
                            tenant,
                            e.getValue(),
                            again.toString());
                }
            }
        }
    }
}

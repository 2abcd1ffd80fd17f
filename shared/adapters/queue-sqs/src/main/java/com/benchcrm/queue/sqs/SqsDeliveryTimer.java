package com.benchcrm.queue.sqs;

import com.benchcrm.webhook.DeliveryTimer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The webhook retry timer on SQS: the timer is a message to the webhook queue itself, delayed until
 * it is due. SQS delays at most 15 minutes; a longer wait arrives early, finds its delivery not due
 * yet and schedules the next hop.
 *
 * <pre>{@code
 * DeliveryTimer timer = new SqsDeliveryTimer(sqs, webhookQueueUrl, Clock.systemUTC());
 * }</pre>
 */
public final class SqsDeliveryTimer implements DeliveryTimer {

    private final SqsQueues sqs;
    private final String queueUrl;
    private final Clock clock;

    public SqsDeliveryTimer(SqsQueues sqs, String queueUrl, Clock clock) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.clock = clock;
    }

    @Override
    public void schedule(Message message, Instant due) {
        sqs.send(queueUrl, message.toJson(), Duration.between(clock.instant(), due), Map.of());
    }
}

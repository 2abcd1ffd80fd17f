package com.benchcrm.infra.constructs;

import java.util.Objects;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.sqs.DeadLetterQueue;
import software.amazon.awscdk.services.sqs.IQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * A work queue and its dead-letter queue, both encrypted with a customer-managed key and refusing
 * plain HTTP. A message that fails {@code maxReceiveCount} times moves to the DLQ, where it stays
 * 14 days for inspection and redrive; the DLQ is retained when the stack is deleted.
 *
 * <p>Producers and consumers get access with {@code queue().grantSendMessages(fn)} and
 * {@code queue().grantConsumeMessages(fn)} (which include the key). An EventBridge rule that targets
 * the queue also needs the key: the rule target's construct grants {@code events.amazonaws.com}.
 *
 * <pre>{@code
 * QueueWithDlq embed = new QueueWithDlq(this, "Embed", QueueWithDlq.Props.builder()
 *         .encryptionKey(keys.dataKey()).visibilityTimeout(Duration.minutes(2)).maxReceiveCount(5).build());
 * }</pre>
 */
public final class QueueWithDlq extends Construct {

    /** The queue's redrive and timing settings. */
    public record Props(IKey encryptionKey, int maxReceiveCount, Duration visibilityTimeout, Duration retention) {

        public Props {
            Objects.requireNonNull(encryptionKey, "QueueWithDlq needs an encryptionKey");
            Objects.requireNonNull(visibilityTimeout, "QueueWithDlq needs a visibilityTimeout");
            Objects.requireNonNull(retention, "QueueWithDlq needs a retention");
            if (maxReceiveCount < 1 || maxReceiveCount > 1000) {
                throw new IllegalArgumentException("maxReceiveCount must be 1-1000, not " + maxReceiveCount);
            }
            if (visibilityTimeout.toSeconds().doubleValue() > 43_200) {
                throw new IllegalArgumentException("visibilityTimeout must be at most 12 hours");
            }
            double days = retention.toSeconds().doubleValue() / 86_400;
            if (days > 14 || retention.toSeconds().doubleValue() < 60) {
                throw new IllegalArgumentException("retention must be 1 minute to 14 days");
            }
        }

        public static Builder builder() {
            return new Builder();
        }

        /** Defaults: 5 receives, 60 s visibility, 4 days retention. */
        public static final class Builder {
            private IKey encryptionKey;
            private int maxReceiveCount = 5;
            private Duration visibilityTimeout = Duration.seconds(60);
            private Duration retention = Duration.days(4);

            public Builder encryptionKey(IKey key) {
                this.encryptionKey = key;
                return this;
            }

            public Builder maxReceiveCount(int n) {
                this.maxReceiveCount = n;
                return this;
            }

            /** At least six times the consumer function's timeout (the SQS event source's rule). */
            public Builder visibilityTimeout(Duration d) {
                this.visibilityTimeout = d;
                return this;
            }

            public Builder retention(Duration d) {
                this.retention = d;
                return this;
            }

            public Props build() {
                return new Props(encryptionKey, maxReceiveCount, visibilityTimeout, retention);
            }
        }
    }

    /** How long a dead letter waits for inspection; the SQS maximum. */
    public static final Duration DLQ_RETENTION = Duration.days(14);

    private final Queue queue;
    private final Queue deadLetterQueue;

    public QueueWithDlq(Construct scope, String id, Props props) {
        super(scope, id);
        this.deadLetterQueue = Queue.Builder.create(this, "Dlq")
                .encryption(QueueEncryption.KMS)
                .encryptionMasterKey(props.encryptionKey())
                .dataKeyReuse(Duration.minutes(15))
                .retentionPeriod(DLQ_RETENTION)
                .enforceSsl(true)
                // dead letters outlive the stack: what failed is kept for inspection and redrive
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        this.queue = Queue.Builder.create(this, "Queue")
                .encryption(QueueEncryption.KMS)
                .encryptionMasterKey(props.encryptionKey())
                .dataKeyReuse(Duration.minutes(15))
                .visibilityTimeout(props.visibilityTimeout())
                .retentionPeriod(props.retention())
                .enforceSsl(true)
                .deadLetterQueue(DeadLetterQueue.builder().queue(deadLetterQueue).maxReceiveCount(props.maxReceiveCount()).build())
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
    }

    public IQueue queue() {
        return queue;
    }

    public IQueue deadLetterQueue() {
        return deadLetterQueue;
    }
}

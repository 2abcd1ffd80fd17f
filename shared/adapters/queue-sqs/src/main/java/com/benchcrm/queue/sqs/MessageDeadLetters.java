package com.benchcrm.queue.sqs;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Moves a message a consumer gives up on to its queue's DLQ itself, with why: the attributes
 * {@code benchcrm-error} (the exception and its message), {@code benchcrm-failed-at},
 * {@code benchcrm-receive-count} and {@code benchcrm-source-message-id}. SQS's own redrive (after
 * maxReceiveCount) stays underneath for a function that crashes or times out.
 *
 * <pre>{@code
 * MessageDeadLetters dlq = new MessageDeadLetters(sqs, "https://sqs.eu-west-1.amazonaws.com/123/prod-embed-dlq", clock);
 * dlq.send(record.body(), record.messageId(), record.receiveCount(), error);
 * SqsBatch batch = new SqsBatch(dlq::send, maxReceives);   // the consumer's policy (function runtime)
 * }</pre>
 */
public final class MessageDeadLetters {

    private final SqsQueues sqs;
    private final String dlqUrl;
    private final Clock clock;

    public MessageDeadLetters(SqsQueues sqs, String dlqUrl, Clock clock) {
        this.sqs = sqs;
        this.dlqUrl = dlqUrl;
        this.clock = clock;
    }

    public void send(String body, String messageId, int receiveCount, Throwable error) {
        Map<String, String> attributes = new LinkedHashMap<>();
        String message = error.getMessage() == null ? "" : ": " + error.getMessage();
        String why = error.getClass().getSimpleName() + message;
        attributes.put("benchcrm-error", why.length() > 1000 ? why.substring(0, 1000) : why);
        attributes.put("benchcrm-failed-at", clock.instant().toString());
        attributes.put("benchcrm-receive-count", Integer.toString(receiveCount));
        attributes.put("benchcrm-source-message-id", messageId);
        sqs.send(dlqUrl, body, Duration.ZERO, attributes);
    }
}

package com.benchcrm.function.runtime.sqs;

/**
 * Where a consumer puts a message it gives up on, with why. The SQS adapter's
 * {@code com.benchcrm.queue.sqs.MessageDeadLetters#send} is one (the function's DLQ, the reason as
 * message attributes); tests use a list.
 *
 * <pre>{@code
 * DeadLetterQueue dlq = new MessageDeadLetters(sqs, dlqUrl, clock)::send;
 * }</pre>
 */
@FunctionalInterface
public interface DeadLetterQueue {

    /** @throws RuntimeException when the DLQ cannot be reached; the message is then reported failed */
    void send(String body, String messageId, int receiveCount, Throwable error);
}

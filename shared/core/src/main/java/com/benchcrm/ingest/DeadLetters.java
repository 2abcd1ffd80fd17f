package com.benchcrm.ingest;

/**
 * Port: the dead-letter queue of inbound mail. Adapters: SQS ({@code shared/adapters/queue-sqs}) in AWS, a
 * local folder of JSON files ({@link FolderDeadLetters}) in the embedded stack.
 */
public interface DeadLetters {

    void send(DeadLetter letter);
}

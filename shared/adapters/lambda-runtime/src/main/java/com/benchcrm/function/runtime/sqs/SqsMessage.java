package com.benchcrm.function.runtime.sqs;

/**
 * One record of an SQS event, as much of it as a BenchCRM consumer reads.
 *
 * @param messageId    what {@code batchItemFailures} names
 * @param body         the message body
 * @param receiveCount {@code attributes.ApproximateReceiveCount}: 1 on the first delivery
 */
public record SqsMessage(String messageId, String body, int receiveCount) {}

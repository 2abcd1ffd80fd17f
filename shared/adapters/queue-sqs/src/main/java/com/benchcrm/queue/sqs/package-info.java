/**
 * Amazon SQS, through the AWS SDK v2 with the URLConnection client: {@link com.benchcrm.queue.sqs.SqsQueues}
 * sends (with delays, attributes, in batches of ten), {@link com.benchcrm.queue.sqs.SqsDeliveryTimer}
 * is the webhook retry timer, {@link com.benchcrm.queue.sqs.SqsDeadLetters} is the
 * {@link com.benchcrm.ingest.DeadLetters} adapter, and {@link com.benchcrm.queue.sqs.SqsBatch} with
 * {@link com.benchcrm.queue.sqs.MessageDeadLetters} is the failure policy every SQS consumer
 * function shares (partial batch failures, poison and last-receive records to the DLQ with why). The embedded stack points the same code at
 * ElasticMQ on loopback.
 */
@NullMarked
package com.benchcrm.queue.sqs;

import org.jspecify.annotations.NullMarked;

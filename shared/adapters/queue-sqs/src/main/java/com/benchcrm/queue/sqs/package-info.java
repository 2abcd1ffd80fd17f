/**
 * Amazon SQS, through the AWS SDK v2 with the URLConnection client: {@link com.benchcrm.queue.sqs.SqsQueues}
 * sends (with delays, attributes, in batches of ten), {@link com.benchcrm.queue.sqs.SqsDeliveryTimer}
 * is the webhook retry timer, {@link com.benchcrm.queue.sqs.SqsDeadLetters} is the
 * {@link com.benchcrm.ingest.DeadLetters} adapter, and {@link com.benchcrm.queue.sqs.MessageDeadLetters}
 * moves a message an SQS consumer gives up on to its DLQ with why (the policy that decides when is
 * the function runtime's {@code com.benchcrm.function.runtime.sqs.SqsBatch}). The embedded stack points the same code at
 * ElasticMQ on loopback.
 */
@NullMarked
package com.benchcrm.queue.sqs;

import org.jspecify.annotations.NullMarked;

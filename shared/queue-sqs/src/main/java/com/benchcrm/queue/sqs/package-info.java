/**
 * Amazon SQS, through the AWS SDK v2 with the URLConnection client: {@link com.benchcrm.queue.sqs.SqsQueues}
 * sends (with delays, attributes, in batches of ten), {@link com.benchcrm.queue.sqs.SqsDeliveryTimer}
 * is the webhook retry timer, and {@link com.benchcrm.queue.sqs.SqsDeadLetters} is the
 * {@link com.benchcrm.ingest.DeadLetters} adapter. The embedded stack points the same code at
 * ElasticMQ on loopback.
 */
package com.benchcrm.queue.sqs;

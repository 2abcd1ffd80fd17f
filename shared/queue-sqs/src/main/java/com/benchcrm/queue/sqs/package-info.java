/**
 * Amazon SQS, through the AWS SDK v2 with the URLConnection client: {@link com.benchcrm.queue.sqs.SqsQueues}
 * sends (with delays, attributes, in batches of ten) and {@link com.benchcrm.queue.sqs.SqsDeliveryTimer}
 * is the webhook retry timer. The embedded stack points the same code at ElasticMQ on loopback.
 */
package com.benchcrm.queue.sqs;

/**
 * SQS consumers: {@link com.benchcrm.function.runtime.sqs.SqsBatch} is the failure policy every
 * BenchCRM consumer shares (partial batch failures; poison and last-receive messages to the DLQ with
 * why) and builds the {@code SQSBatchResponse}; {@link com.benchcrm.function.runtime.sqs.SqsBatchHandler}
 * reads the SQS event. Sending to the DLQ is the SQS adapter's ({@link com.benchcrm.function.runtime.sqs.DeadLetterQueue}).
 */
@NullMarked
package com.benchcrm.function.runtime.sqs;

import org.jspecify.annotations.NullMarked;

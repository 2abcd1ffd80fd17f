package com.benchcrm.queue.sqs;

import com.benchcrm.common.Json;
import com.benchcrm.ingest.DeadLetter;
import com.benchcrm.ingest.DeadLetters;
import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;

/**
 * Dead letters as SQS messages: the body is the letter's JSON, the reason a message attribute (so
 * an operator can filter, and a redrive can select by reason). The same queue is the ingest
 * function's on-failure destination, where Lambda puts events that failed after its retries.
 *
 * <pre>{@code
 * DeadLetters dlq = new SqsDeadLetters(sqs, "https://sqs.us-east-1.amazonaws.com/123/ingest-dlq");
 * }</pre>
 */
public final class SqsDeadLetters implements DeadLetters {

    private final SqsClient sqs;
    private final String queueUrl;

    public SqsDeadLetters(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    @Override
    public void send(DeadLetter letter) {
        sqs.sendMessage(SendMessageRequest.builder()
                .queueUrl(queueUrl)
                .messageBody(Json.write(letter))
                .messageAttributes(Map.of(
                        "reason",
                        MessageAttributeValue.builder()
                                .dataType("String")
                                .stringValue(letter.reason())
                                .build()))
                .build());
    }
}

package com.benchcrm.function.matching;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.benchcrm.common.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import org.springframework.cloud.function.adapter.aws.AWSLambdaUtils;
import org.springframework.messaging.Message;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/**
 * The {@code embed} and {@code match} functions: an SQS event (raw bytes) in, an
 * {@link SQSBatchResponse} out, with the handler between. The event source mapping must have
 * {@code ReportBatchItemFailures} on.
 */
public final class SqsBatchFunction implements Function<Message<byte[]>, SQSBatchResponse> {

    private final String name;
    private final Function<JsonNode, SQSBatchResponse> handler;

    public SqsBatchFunction(String name, Function<JsonNode, SQSBatchResponse> handler) {
        this.name = name;
        this.handler = handler;
    }

    @Override
    public SQSBatchResponse apply(Message<byte[]> message) {
        Object context = message.getHeaders().get(AWSLambdaUtils.AWS_CONTEXT);
        return context instanceof Context lambda
                ? PowertoolsLogging.withLogging(lambda, () -> handle(message.getPayload()))
                : handle(message.getPayload());
    }

    private SQSBatchResponse handle(byte[] event) {
        JsonNode node;
        try {
            node = Json.strict().readTree(event);
        } catch (IOException e) {
            // Not an SQS event at all: a misconfigured trigger, not a message to dead-letter.
            throw new UncheckedIOException(name + " expects an SQS event", e);
        }
        return handler.apply(node);
    }
}

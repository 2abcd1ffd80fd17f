package com.benchcrm.function.webhookdelivery;

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
 * The {@code webhookDelivery} function: an SQS event (raw bytes, as for the HTTP API function) in,
 * an {@link SQSBatchResponse} out. The event source mapping must have
 * {@code ReportBatchItemFailures} on.
 */
public final class WebhookDeliveryFunction implements Function<Message<byte[]>, SQSBatchResponse> {

    private final WebhookBatchHandler handler;

    public WebhookDeliveryFunction(WebhookBatchHandler handler) {
        this.handler = handler;
    }

    @Override
    public SQSBatchResponse apply(Message<byte[]> message) {
        Object context = message.getHeaders().get(AWSLambdaUtils.AWS_CONTEXT);
        return context instanceof Context lambda
                ? PowertoolsLogging.withLogging(lambda, () -> handle(message.getPayload(),
                        java.util.Optional.of(java.time.Duration.ofMillis(Math.max(0, lambda.getRemainingTimeInMillis())))))
                : handle(message.getPayload(), java.util.Optional.empty());
    }

    private SQSBatchResponse handle(byte[] event, java.util.Optional<java.time.Duration> remaining) {
        JsonNode node;
        try {
            node = Json.strict().readTree(event);
        } catch (IOException e) {
            // Not an SQS event at all: a misconfigured trigger, not a message to dead-letter.
            throw new UncheckedIOException("webhookDelivery expects an SQS event", e);
        }
        return handler.handle(node, remaining);
    }
}

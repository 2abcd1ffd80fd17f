package com.benchcrm.function.runtime.sqs;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.benchcrm.function.runtime.EventHandler;
import com.benchcrm.function.runtime.Invocation;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The {@link EventHandler} of an SQS consumer: reads the event's messages and hands them to the
 * function's batch handler, whose {@link SQSBatchResponse} (built by {@link SqsBatch}) is the answer.
 * The event source mapping must have {@code ReportBatchItemFailures} on.
 *
 * <pre>{@code
 * beans.function("embed", SQSBatchResponse.class, () -> new SqsBatchHandler("embed", embedHandler::handle));
 * }</pre>
 */
public final class SqsBatchHandler implements EventHandler<SQSBatchResponse> {

    private final String function;
    private final Function<List<SqsMessage>, SQSBatchResponse> batch;

    public SqsBatchHandler(String function, Function<List<SqsMessage>, SQSBatchResponse> batch) {
        this.function = Objects.requireNonNull(function, "function");
        this.batch = Objects.requireNonNull(batch, "batch");
    }

    @Override
    public SQSBatchResponse handle(Invocation invocation) {
        return batch.apply(SqsBatch.messages(function, invocation.event()));
    }
}

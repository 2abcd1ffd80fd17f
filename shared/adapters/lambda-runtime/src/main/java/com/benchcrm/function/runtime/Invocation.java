package com.benchcrm.function.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import java.util.Optional;
import java.util.UUID;

/**
 * One invocation as a handler sees it: the raw event bytes, exactly as Lambda delivered them, and
 * the Lambda context when there is one (the embedded stack and the contract tests pass one too;
 * a bare {@code Function.apply} in a unit test does not).
 *
 * @param event   the event JSON, untouched
 * @param context the Lambda context, if the invoker supplied one
 */
public record Invocation(byte[] event, Optional<Context> context) {

    /** The Lambda request id, or a fresh UUID outside Lambda: a trace id for logs and dead letters. */
    public String requestId() {
        return context.map(Context::getAwsRequestId)
                .filter(id -> !id.isBlank())
                .orElseGet(() -> UUID.randomUUID().toString());
    }

    /** Milliseconds left before Lambda ends the invocation, if known. */
    public Optional<Long> remainingMillis() {
        return context.map(c -> (long) c.getRemainingTimeInMillis());
    }
}

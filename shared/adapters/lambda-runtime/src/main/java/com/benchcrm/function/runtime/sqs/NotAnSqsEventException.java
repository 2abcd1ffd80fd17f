package com.benchcrm.function.runtime.sqs;

/**
 * The invocation's event is not an SQS event at all: a misconfigured trigger, not a message to
 * dead-letter. The invocation fails, so the mistake shows in the function's errors.
 */
public final class NotAnSqsEventException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotAnSqsEventException(String function, Throwable cause) {
        super(function + " expects an SQS event", cause);
    }
}

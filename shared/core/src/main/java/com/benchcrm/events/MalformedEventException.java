package com.benchcrm.events;

/**
 * A message that is not a well-formed event. Retrying it cannot help: consumers send it to their
 * dead-letter queue at once, with this message as its error.
 */
public final class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }
}

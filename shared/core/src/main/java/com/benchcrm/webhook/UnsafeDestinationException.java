package com.benchcrm.webhook;

/** A webhook URL that must not be called: wrong scheme, or a host that resolves to a non-public address. */
public final class UnsafeDestinationException extends RuntimeException {

    public UnsafeDestinationException(String message) {
        super(message);
    }
}

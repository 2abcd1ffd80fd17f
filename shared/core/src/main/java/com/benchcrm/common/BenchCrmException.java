package com.benchcrm.common;

/**
 * Base of the domain's exceptions. Each subclass is one kind of outcome that an entry point maps
 * to one response (the HTTP function maps them to RFC 9457 problem details).
 */
public abstract class BenchCrmException extends RuntimeException {

    protected BenchCrmException(String message) {
        super(message);
    }

    protected BenchCrmException(String message, Throwable cause) {
        super(message, cause);
    }
}

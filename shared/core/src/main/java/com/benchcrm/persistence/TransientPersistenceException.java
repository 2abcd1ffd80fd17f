package com.benchcrm.persistence;

/**
 * A serialization failure or deadlock that outlived the adapter's own retries: the same work may
 * succeed when tried again later (a queue redelivery, a Lambda retry).
 */
public final class TransientPersistenceException extends PersistenceException {

    public TransientPersistenceException(String message, String code, Throwable cause) {
        super(message, code, cause);
    }
}

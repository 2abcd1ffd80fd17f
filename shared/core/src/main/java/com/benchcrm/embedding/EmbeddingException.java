package com.benchcrm.embedding;

import com.benchcrm.common.BenchCrmException;

/** The model could not produce an embedding (after the adapter's own retries). */
public class EmbeddingException extends BenchCrmException {

    private final boolean retryable;

    public EmbeddingException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public EmbeddingException(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
    }

    /** True when trying again later may succeed (throttling, a timeout), false for bad input or configuration. */
    public boolean retryable() {
        return retryable;
    }
}

package com.benchcrm.vector;

import com.benchcrm.common.BenchCrmException;

/** The index could not be read or written. */
public class VectorIndexException extends BenchCrmException {

    public VectorIndexException(String message, Throwable cause) {
        super(message, cause);
    }

    public VectorIndexException(String message) {
        super(message);
    }
}

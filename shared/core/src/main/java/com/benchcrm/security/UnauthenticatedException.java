package com.benchcrm.security;

import com.benchcrm.common.BenchCrmException;

/** No usable credentials: the token is missing, malformed, expired, unsigned or not ours. */
public final class UnauthenticatedException extends BenchCrmException {

    public UnauthenticatedException(String message) {
        super(message);
    }

    public UnauthenticatedException(String message, Throwable cause) {
        super(message, cause);
    }
}

package com.benchcrm.common;

/** A request that is malformed: an unusable query parameter, cursor or header. */
public final class InvalidRequestException extends BenchCrmException {

    private final String parameter;

    public InvalidRequestException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}

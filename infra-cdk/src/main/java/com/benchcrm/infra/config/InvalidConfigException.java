package com.benchcrm.infra.config;

/** The tenants file is missing, unreadable or breaks a rule; the message lists every problem. */
public final class InvalidConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidConfigException(String message) {
        super(message);
    }
}

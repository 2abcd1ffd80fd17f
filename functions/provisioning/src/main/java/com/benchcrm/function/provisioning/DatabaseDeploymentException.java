package com.benchcrm.function.provisioning;

/** A step of the database deployment failed; the message is safe to show in CloudFormation events. */
public final class DatabaseDeploymentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DatabaseDeploymentException(String message, Throwable cause) {
        super(message, cause);
    }

    public DatabaseDeploymentException(String message) {
        super(message);
    }
}

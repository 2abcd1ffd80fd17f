package com.benchcrm.common;

/** An {@code If-Match} precondition named a version that is no longer current. */
public final class VersionMismatchException extends BenchCrmException {

    private final long currentVersion;

    public VersionMismatchException(String entity, long expected, long currentVersion) {
        super(entity + " is at version " + currentVersion + ", not " + expected + "; read it again and retry");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}

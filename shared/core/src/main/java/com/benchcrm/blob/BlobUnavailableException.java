package com.benchcrm.blob;

/**
 * The blob store (or the key service that decrypts its objects) did not answer after the client's
 * own retries: throttled, a 5xx, a network failure. Transient: the caller fails its invocation so the
 * platform retries it (Lambda's asynchronous retries, then the on-failure destination), rather than
 * dead-lettering a message that a second try would read. A refusal that retrying cannot change
 * (access denied, a key that does not decrypt) is not this exception.
 */
public final class BlobUnavailableException extends RuntimeException {

    public BlobUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

package com.benchcrm.blob;

import java.util.Optional;

/**
 * Port: where raw inbound mail is kept. Adapters: S3 (with the S3 Encryption Client for mail SES
 * encrypted with a tenant key; {@code shared/adapters/blob-s3}) and a local folder
 * ({@link FolderBlobStore}, the embedded stack). Keys look like {@code raw/<tenant-slug>/<message-id>}.
 *
 * <pre>{@code
 * blobs.put("raw/acme/0001", bytes);
 * byte[] raw = blobs.get("raw/acme/0001").orElseThrow();
 * }</pre>
 */
public interface BlobStore {

    /**
     * The object's bytes, or empty when there is no such object.
     *
     * @throws BlobUnavailableException when the store or its key service failed transiently (retry later)
     */
    Optional<byte[]> get(String key);

    void put(String key, byte[] bytes);

    /** A URI naming the object for people and logs ({@code s3://bucket/key}, {@code file:///...}). */
    String describe(String key);
}

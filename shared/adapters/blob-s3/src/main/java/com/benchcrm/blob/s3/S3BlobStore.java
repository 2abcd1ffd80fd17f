package com.benchcrm.blob.s3;

import com.benchcrm.blob.BlobStore;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * The {@link BlobStore} on S3. SES stores a tenant's raw mail encrypted client-side with the
 * tenant's KMS key (the receipt rule's S3 action {@code KmsKeyArn}, ADR 0009): such objects carry the
 * S3 Encryption Client's envelope metadata ({@code x-amz-key-v2}, {@code x-amz-key}) and are read
 * with the encryption client for the tenant of the key ({@code raw/<slug>/...}); other objects are
 * read with the plain client. Clients are built once (at start, before the SnapStart snapshot).
 *
 * <pre>{@code
 * BlobStore raw = new S3BlobStore(s3, "acme-raw-mail", slug -> S3Encrypted.client(s3, kms, "alias/prod/tenant/" + slug));
 * }</pre>
 */
public final class S3BlobStore implements BlobStore {

    private final S3Client s3;
    private final String bucket;
    private final Function<String, S3Client> encryptedClientForTenant;
    private final Map<String, S3Client> encryptedClients = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param encryptedClientForTenant the S3 Encryption Client for a tenant slug (called once per tenant)
     */
    public S3BlobStore(S3Client s3, String bucket, Function<String, S3Client> encryptedClientForTenant) {
        this.s3 = s3;
        this.bucket = bucket;
        this.encryptedClientForTenant = encryptedClientForTenant;
    }

    @Override
    public Optional<byte[]> get(String key) {
        try {
            HeadObjectResponse head;
            try {
                head = s3.headObject(HeadObjectRequest.builder().bucket(bucket).key(key).build());
            } catch (NoSuchKeyException e) {
                return Optional.empty();
            } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
                if (e.statusCode() == 404) {
                    return Optional.empty();
                }
                throw e;
            }
            S3Client client = isClientSideEncrypted(head.metadata()) ? encryptedClientFor(key) : s3;
            return Optional.of(client.getObjectAsBytes(GetObjectRequest.builder().bucket(bucket).key(key).build()).asByteArray());
        } catch (RuntimeException e) {
            if (transient_(e)) {
                throw new com.benchcrm.blob.BlobUnavailableException("S3 or KMS did not answer for " + describe(key) + " (after the SDK's"
                        + " retries): " + e.getClass().getSimpleName(), e);
            }
            throw e;
        }
    }

    /**
     * Whether a failure (or one of its causes: the S3 Encryption Client wraps KMS's) is one a later try
     * may not meet: a network failure, throttling, a 5xx of S3 or KMS. Access denied, a missing key or
     * a ciphertext that does not decrypt are not.
     */
    static boolean transient_(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof software.amazon.awssdk.awscore.exception.AwsServiceException s) {
                String code = s.awsErrorDetails() == null ? "" : String.valueOf(s.awsErrorDetails().errorCode());
                if (s.statusCode() >= 500 || s.statusCode() == 429 || s.isThrottlingException()
                        || code.contains("Throttl") || code.equals("SlowDown") || code.equals("RequestTimeout")
                        || code.equals("KMSInternalException") || code.equals("KeyUnavailableException")) {
                    return true;
                }
                return false;
            }
            if (t instanceof software.amazon.awssdk.core.exception.SdkClientException || t instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void put(String key, byte[] bytes) {
        s3.putObject(PutObjectRequest.builder().bucket(bucket).key(key).build(), RequestBody.fromBytes(bytes));
    }

    @Override
    public String describe(String key) {
        return "s3://" + bucket + "/" + key;
    }

    /** The S3 Encryption Client's envelope metadata (v1/v2 formats as SES writes them). */
    static boolean isClientSideEncrypted(Map<String, String> metadata) {
        return metadata.containsKey("x-amz-key-v2") || metadata.containsKey("x-amz-key") || metadata.containsKey("x-amz-wrap-alg");
    }

    /** {@code raw/<slug>/...}: the tenant whose key encrypted the object. */
    static String tenantOfKey(String key) {
        String[] parts = key.split("/");
        if (parts.length < 3 || !parts[0].equals("raw")) {
            throw new IllegalArgumentException("an encrypted raw-mail object must live under raw/<tenant>/: " + key);
        }
        return parts[1];
    }

    private S3Client encryptedClientFor(String key) {
        return encryptedClients.computeIfAbsent(tenantOfKey(key), encryptedClientForTenant);
    }
}

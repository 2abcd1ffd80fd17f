package com.benchcrm.blob.s3;

import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.encryption.s3.S3EncryptionClient;
import software.amazon.encryption.s3.materials.KmsKeyring;

/**
 * The Amazon S3 Encryption Client v3 for reading what SES stored with a KMS key. SES writes the
 * legacy envelope format (KMS v1 key wrapping; content encryption that v3 calls legacy), so the
 * client is configured to <em>decrypt</em> legacy objects; it never writes (the product does not
 * re-encrypt raw mail client-side).
 */
public final class S3Encrypted {

    private S3Encrypted() {}

    /**
     * @param kmsKeyId the tenant's key (ARN or alias ARN; ADR 0009: {@code alias/<deployment>/tenant/<slug>})
     */
    public static S3Client client(S3Client wrapped, KmsClient kms, String kmsKeyId) {
        KmsKeyring keyring = KmsKeyring.builder()
                .kmsClient(kms)
                .wrappingKeyId(kmsKeyId)
                .enableLegacyWrappingAlgorithms(true)
                .build();
        return S3EncryptionClient.builder()
                .wrappedClient(wrapped)
                .keyring(keyring)
                .enableLegacyWrappingAlgorithms(true)
                .enableLegacyUnauthenticatedModes(true)
                .build();
    }
}

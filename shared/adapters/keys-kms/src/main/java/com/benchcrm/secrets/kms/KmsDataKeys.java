package com.benchcrm.secrets.kms;

import com.benchcrm.secrets.DataKey;
import com.benchcrm.secrets.DataKeys;
import com.benchcrm.secrets.SecretUnavailableException;
import com.benchcrm.tenancy.TenantId;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DataKeySpec;
import software.amazon.awssdk.services.kms.model.DecryptResponse;
import software.amazon.awssdk.services.kms.model.GenerateDataKeyResponse;
import software.amazon.awssdk.services.kms.model.KmsException;

/**
 * {@link DataKeys} on AWS KMS: {@code GenerateDataKey} (AES-256) under the tenant's own key
 * ({@code alias/<deployment>/tenant/<slug>}, ADR 0009) and {@code Decrypt}, both with the encryption
 * context {@code {"benchcrm:tenant": <tenant id>}}, so a wrapped data key of one tenant does not
 * decrypt as another's, and CloudTrail names the tenant on every use. The plaintext data key never
 * leaves this process; the wrapped one is the KMS ciphertext blob.
 *
 * <pre>{@code
 * DataKeys keys = new KmsDataKeys(KmsClient.create(), tenant -> "alias/benchcrm-prod/tenant/" + slugOf(tenant));
 * }</pre>
 */
public final class KmsDataKeys implements DataKeys {

    public static final String KEY_REF = "kms";
    static final String CONTEXT_KEY = "benchcrm:tenant";

    private final KmsClient kms;
    private final Function<TenantId, String> keyIdOf;

    /** @param keyIdOf the key id, ARN or alias of a tenant's key */
    public KmsDataKeys(KmsClient kms, Function<TenantId, String> keyIdOf) {
        this.kms = kms;
        this.keyIdOf = keyIdOf;
    }

    @Override
    public DataKey generate(TenantId tenant) {
        String keyId = keyIdOf.apply(tenant);
        try {
            GenerateDataKeyResponse r = kms.generateDataKey(b -> b.keyId(keyId).keySpec(DataKeySpec.AES_256)
                    .encryptionContext(context(tenant)));
            return new DataKey(KEY_REF, r.plaintext().asByteArray(), r.ciphertextBlob().asByteArray());
        } catch (KmsException e) {
            throw new SecretUnavailableException("KMS refused a data key under " + keyId + ": " + code(e), e);
        } catch (SdkException e) {
            throw new SecretUnavailableException("KMS could not be reached for a data key under " + keyId + " ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    @Override
    public byte[] unwrap(TenantId tenant, String keyRef, byte[] wrapped) {
        if (!KEY_REF.equals(keyRef)) {
            throw new SecretUnavailableException("the secret was sealed by another key service (" + keyRef + "), not KMS");
        }
        try {
            DecryptResponse r = kms.decrypt(b -> b.ciphertextBlob(SdkBytes.fromByteArray(wrapped)).encryptionContext(context(tenant)));
            return r.plaintext().asByteArray();
        } catch (KmsException e) {
            throw new SecretUnavailableException("KMS refused to decrypt the data key: " + code(e), e);
        } catch (SdkException e) {
            throw new SecretUnavailableException("KMS could not be reached to decrypt a data key (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static Map<String, String> context(TenantId tenant) {
        return Map.of(CONTEXT_KEY, tenant.value().toString());
    }

    private static String code(KmsException e) {
        return e.awsErrorDetails() == null ? e.getClass().getSimpleName() : e.awsErrorDetails().errorCode();
    }
}

package com.benchcrm.secrets;

import com.benchcrm.tenancy.TenantId;

/**
 * Port: data keys under a tenant's key. AWS: KMS {@code GenerateDataKey} and {@code Decrypt} with the
 * tenant's key and the tenant id as encryption context ({@code keys-kms}); embedded stack: a keyring
 * file under the stack home ({@link FileKeyring}).
 *
 * <p>Implementations throw {@link SecretUnavailableException} (with a reason a person can act on,
 * never key material) when the key service refuses or cannot be reached.
 */
public interface DataKeys {

    /** A new 256-bit data key for this tenant. */
    DataKey generate(TenantId tenant);

    /** The plaintext of a data key {@link #generate} made for this tenant. */
    byte[] unwrap(TenantId tenant, String keyRef, byte[] wrapped);
}

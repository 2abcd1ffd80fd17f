/**
 * Envelope encryption of secrets the product keeps (webhook signing secrets): each secret is
 * encrypted with AES-256-GCM under its own data key, and the data key is wrapped by the tenant's key
 * ({@link com.benchcrm.secrets.DataKeys}: KMS {@code GenerateDataKey}/{@code Decrypt} in AWS, a local
 * keyring file in the embedded stack). {@link com.benchcrm.secrets.SecretSealer} seals and opens;
 * nothing stores a secret in the clear. ADR 0057.
 */
package com.benchcrm.secrets;

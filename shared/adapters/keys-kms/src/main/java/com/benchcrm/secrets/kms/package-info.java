/**
 * Data keys of the envelope encryption ({@code com.benchcrm.secrets}) on AWS KMS, and
 * {@link com.benchcrm.secrets.kms.SecretKeys}: which data keys a function uses, from its environment.
 */
package com.benchcrm.secrets.kms;

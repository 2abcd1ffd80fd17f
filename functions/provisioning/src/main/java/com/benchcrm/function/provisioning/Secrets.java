package com.benchcrm.function.provisioning;

/**
 * Where the database credentials come from: a port, so the handler's logic is tested against a
 * real PostgreSQL without AWS. In AWS it is {@link AwsSecrets} (Secrets Manager).
 *
 * <pre>{@code
 * DatabaseCredentials master = DatabaseCredentials.parse(secrets.secretString(config.masterSecretArn()));
 * }</pre>
 */
public interface Secrets {

    /**
     * @param secretId a secret's ARN or name
     * @return the current ({@code AWSCURRENT}) value of the secret's string
     * @throws SecretUnavailableException when the secret cannot be read
     */
    String secretString(String secretId);
}

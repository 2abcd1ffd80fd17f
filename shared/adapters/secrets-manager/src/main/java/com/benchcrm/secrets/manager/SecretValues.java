package com.benchcrm.secrets.manager;

import java.time.Duration;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;

/**
 * Where a secret's value comes from, by its ARN: Secrets Manager in AWS ({@link #secretsManager}); the
 * tests' seam (a lambda over a map), so resolution is tested without the network.
 *
 * <pre>{@code
 * SecretValues aws = SecretValues.secretsManager("eu-west-1");
 * String value = aws.value("arn:aws:secretsmanager:eu-west-1:123456789012:secret:benchcrm-prod-unsubscribe-AbCdEf");
 * }</pre>
 */
@FunctionalInterface
public interface SecretValues {

    /**
     * The secret's current string value.
     *
     * @throws SecretUnavailableException when it cannot be read (missing, no permission, binary, the network)
     */
    String value(String arn);

    /**
     * {@code GetSecretValue} (the {@code AWSCURRENT} version) with one client, built here once: the default
     * credentials chain, the URLConnection HTTP client.
     */
    static SecretValues secretsManager(String region) {
        SecretsManagerClient client = SecretsManagerClient.builder()
                .region(Region.of(region))
                .credentialsProvider(DefaultCredentialsProvider.builder().build())
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(10)))
                .build();
        return arn -> {
            try {
                String value = client.getSecretValue(
                                GetSecretValueRequest.builder().secretId(arn).build())
                        .secretString();
                if (value == null) {
                    throw new SecretUnavailableException("secret " + arn + " has no string value", null);
                }
                return value;
            } catch (SdkException e) {
                throw new SecretUnavailableException("secret " + arn + " could not be read: " + e.getMessage(), e);
            }
        };
    }

    /** A secret that could not be read; the function cannot start without it. */
    final class SecretUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public SecretUnavailableException(String message, @org.jspecify.annotations.Nullable Throwable cause) {
            super(message, cause);
        }
    }
}

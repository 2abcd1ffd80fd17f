package com.benchcrm.function.provisioning;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;

/**
 * {@link Secrets} on AWS Secrets Manager. The client is built once per execution environment
 * (region and credentials from the Lambda environment, the JDK URL-connection HTTP client); inside
 * the VPC it reaches Secrets Manager through the interface endpoint the CDK app creates.
 */
public final class AwsSecrets implements Secrets {

    private final SecretsManagerClient client;

    public AwsSecrets(SecretsManagerClient client) {
        this.client = client;
    }

    /** A client for the function's own region, from the default credentials chain. */
    public static AwsSecrets fromEnvironment() {
        return new AwsSecrets(SecretsManagerClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build());
    }

    @Override
    public String secretString(String secretId) {
        try {
            return client.getSecretValue(
                            GetSecretValueRequest.builder().secretId(secretId).build())
                    .secretString();
        } catch (SdkException e) {
            throw new SecretUnavailableException("cannot read secret " + secretId + ": " + e.getMessage(), e);
        }
    }
}

package com.benchcrm.function.cognitopretoken;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.ParameterNotFoundException;

/**
 * {@link TenantOfProvider} in SSM Parameter Store, cached for the container's life (a provider's
 * tenant never changes; a new provider is a new parameter).
 *
 * <pre>{@code
 * TenantOfProvider providers = new SsmTenantOfProvider(SsmClient.create(), "/benchcrm/benchcrm-dev/sso/");
 * }</pre>
 */
public final class SsmTenantOfProvider implements TenantOfProvider {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SsmClient ssm;
    private final String prefix;
    private final ConcurrentHashMap<String, Optional<ProviderTenant>> cache = new ConcurrentHashMap<>();

    public SsmTenantOfProvider(SsmClient ssm, String prefix) {
        this.ssm = ssm;
        this.prefix = prefix;
    }

    /** The client for the function's region (Lambda sets AWS_REGION), built once. */
    public static SsmTenantOfProvider fromEnvironment(String prefix) {
        return new SsmTenantOfProvider(
                SsmClient.builder().httpClient(UrlConnectionHttpClient.create()).build(), prefix);
    }

    @Override
    public Optional<ProviderTenant> find(String providerName) {
        return cache.computeIfAbsent(providerName, this::load);
    }

    private Optional<ProviderTenant> load(String providerName) {
        try {
            String value = ssm.getParameter(b -> b.name(prefix + providerName))
                    .parameter()
                    .value();
            JsonNode node = JSON.readTree(value);
            return Optional.of(new ProviderTenant(
                    node.path("tenantId").asText(),
                    node.path("tenant").asText(),
                    node.path("defaultRole").asText("ReadOnly")));
        } catch (ParameterNotFoundException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("the SSO parameter of " + providerName + " is not JSON", e);
        }
    }
}

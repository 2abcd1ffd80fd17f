package com.benchcrm.function.cognitopretoken;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The claims one sign-in gets, from the user's attributes and groups: the rule, apart from Cognito's
 * event shapes.
 *
 * <ul>
 *   <li>{@code tenant_id}: the {@code custom:tenant_id} attribute (set when the users API invites
 *       someone), else the tenant of the SSO provider the user came through; neither is an error;</li>
 *   <li>{@code tenant}: {@code custom:tenant} or the provider's tenant slug;</li>
 *   <li>{@code user_id}: {@code custom:user_id} when set (the user's id in BenchCRM);</li>
 *   <li>{@code roles}: the groups that are role names, most privileged first; a federated user
 *       without any gets the provider's default role.</li>
 * </ul>
 */
public final class TokenClaims {

    /** The six roles, most privileged first (com.benchcrm.security.Role). */
    public static final List<String> ROLES = List.of("Owner", "Admin", "Recruiter", "Sales", "Analyst", "ReadOnly");

    private TokenClaims() {}

    /** A user who may not get tokens: no tenant, or a tenant that is not a tenant id. */
    public static final class NoTenantException extends RuntimeException {
        public NoTenantException(String message) {
            super(message);
        }
    }

    public static Map<String, Object> of(
            Map<String, String> attributes, List<String> groups, TenantOfProvider providers) {
        Optional<String> provider = providerName(attributes.get("identities"));
        Optional<TenantOfProvider.ProviderTenant> viaProvider = provider.flatMap(providers::find);
        String tenantId = Optional.ofNullable(attributes.get("custom:tenant_id"))
                .filter(s -> !s.isBlank())
                .or(() -> viaProvider.map(TenantOfProvider.ProviderTenant::tenantId))
                .orElseThrow(() -> new NoTenantException("this user belongs to no BenchCRM tenant"));
        try {
            UUID.fromString(tenantId);
        } catch (IllegalArgumentException e) {
            throw new NoTenantException("the user's tenant is not a tenant id");
        }
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("tenant_id", tenantId);
        Optional.ofNullable(attributes.get("custom:tenant"))
                .filter(s -> !s.isBlank())
                .or(() -> viaProvider.map(TenantOfProvider.ProviderTenant::tenant))
                .ifPresent(slug -> claims.put("tenant", slug));
        Optional.ofNullable(attributes.get("custom:user_id"))
                .filter(s -> !s.isBlank())
                .ifPresent(id -> claims.put("user_id", id));
        Set<String> named = Set.copyOf(groups == null ? List.of() : groups);
        List<String> roles =
                new ArrayList<>(ROLES.stream().filter(named::contains).toList());
        if (roles.isEmpty()
                && viaProvider.isPresent()
                && ROLES.contains(viaProvider.get().defaultRole())) {
            roles.add(viaProvider.get().defaultRole());
        }
        claims.put("roles", roles);
        Optional.ofNullable(attributes.get("email")).ifPresent(e -> claims.put("email", e));
        return claims;
    }

    /** The provider name from Cognito's {@code identities} attribute (a JSON array), if the user is federated. */
    static Optional<String> providerName(String identities) {
        if (identities == null || identities.isBlank()) {
            return Optional.empty();
        }
        try {
            var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(identities);
            String name = node.isArray() && !node.isEmpty()
                    ? node.get(0).path("providerName").asText("")
                    : "";
            return name.isEmpty() ? Optional.empty() : Optional.of(name);
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }
}

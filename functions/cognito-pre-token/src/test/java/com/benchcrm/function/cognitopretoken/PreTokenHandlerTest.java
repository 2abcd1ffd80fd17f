package com.benchcrm.function.cognitopretoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The trigger on the sample events of {@code events/cognito-pre-token/}, through its Lambda entry point. */
class PreTokenHandlerTest {

    static final ObjectMapper JSON = new ObjectMapper();
    final List<String> asked = new ArrayList<>();
    final TenantOfProvider providers = name -> {
        asked.add(name);
        return "acme-okta".equals(name)
                ? Optional.of(
                        new TenantOfProvider.ProviderTenant("0193f7a0-aaaa-7bbb-8ccc-ddddeeeeffff", "acme", "Sales"))
                : Optional.empty();
    };
    final PreTokenHandler handler = new PreTokenHandler(providers);

    @Test
    void invitedUser_getsTenantUserIdAndTheRoleGroups_inTheAccessAndIdTokens() throws IOException {
        JsonNode out = invoke("invited-user");
        JsonNode access = out.path("response")
                .path("claimsAndScopeOverrideDetails")
                .path("accessTokenGeneration")
                .path("claimsToAddOrOverride");
        assertThat(access.path("tenant_id").asText()).isEqualTo("0193f7a0-aaaa-7bbb-8ccc-ddddeeeeffff");
        assertThat(access.path("tenant").asText()).isEqualTo("acme");
        assertThat(access.path("user_id").asText()).isEqualTo("0193f7a5-2222-7333-8444-555566667777");
        assertThat(access.path("roles").isArray()).isTrue();
        assertThat(access.path("roles").toString()).isEqualTo("[\"Recruiter\"]"); // beta-testers is not a role
        assertThat(access.path("email").asText()).isEqualTo("ada@example.com");
        JsonNode id = out.path("response")
                .path("claimsAndScopeOverrideDetails")
                .path("idTokenGeneration")
                .path("claimsToAddOrOverride");
        assertThat(id.path("roles").toString()).isEqualTo("[\"Recruiter\"]");
        assertThat(id.has("email")).isFalse();
        assertThat(out.path("userName").asText())
                .as("the rest of the event goes back unchanged")
                .isEqualTo("0193f7a5-2222-7333-8444-555566667777");
        assertThat(asked).isEmpty();
    }

    @Test
    void federatedUser_getsItsProvidersTenantAndDefaultRole() throws IOException {
        JsonNode access = invoke("federated-user")
                .path("response")
                .path("claimsAndScopeOverrideDetails")
                .path("accessTokenGeneration")
                .path("claimsToAddOrOverride");
        assertThat(access.path("tenant_id").asText()).isEqualTo("0193f7a0-aaaa-7bbb-8ccc-ddddeeeeffff");
        assertThat(access.path("tenant").asText()).isEqualTo("acme");
        assertThat(access.path("roles").toString()).isEqualTo("[\"Sales\"]");
        assertThat(access.has("user_id")).isFalse();
        assertThat(asked).containsExactly("acme-okta");
    }

    @Test
    void aUserWithoutATenant_cannotGetTokens_evenAsAnOwnerGroupMember() {
        assertThatThrownBy(() -> invoke("no-tenant")).isInstanceOf(TokenClaims.NoTenantException.class);
        assertThatThrownBy(() -> TokenClaims.of(Map.of("custom:tenant_id", "acme"), List.of("Owner"), providers))
                .isInstanceOf(TokenClaims.NoTenantException.class);
    }

    @Test
    void severalRoleGroups_areListedMostPrivilegedFirst_andAFederatedUserInAGroupKeepsIt() {
        Map<String, Object> claims = TokenClaims.of(
                Map.of("custom:tenant_id", "0193f7a0-aaaa-7bbb-8ccc-ddddeeeeffff"),
                List.of("ReadOnly", "Admin"),
                providers);
        assertThat(claims.get("roles")).isEqualTo(List.of("Admin", "ReadOnly"));
        Map<String, Object> federated = TokenClaims.of(
                Map.of("identities", "[{\"providerName\":\"acme-okta\"}]"), List.of("Analyst"), providers);
        assertThat(federated.get("roles")).isEqualTo(List.of("Analyst"));
    }

    private JsonNode invoke(String sample) throws IOException {
        try (InputStream in =
                getClass().getClassLoader().getResourceAsStream("events/cognito-pre-token/" + sample + ".json")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(in, out, null);
            return JSON.readTree(out.toByteArray());
        }
    }
}

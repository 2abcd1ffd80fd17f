package com.benchcrm.identity.cognito;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.common.ConflictException;
import com.benchcrm.security.Role;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.user.IdentityDirectory;
import com.benchcrm.user.User;
import com.benchcrm.user.UserStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The adapter through the real AWS SDK against a stub of Cognito's wire format (JSON 1.1 over HTTP,
 * {@code X-Amz-Target}) on loopback: which admin calls a change makes, with which attributes, and
 * how Cognito's errors come back.
 */
class CognitoIdentityDirectoryIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String POOL = "us-east-1_EXAMPLE1";

    HttpServer stub;
    final List<String> calls = new ArrayList<>();
    final List<JsonNode> bodies = new ArrayList<>();
    /** The user names the stub knows, with their custom:tenant_id. */
    final Map<String, String> existing = new HashMap<>();

    volatile int failStatus;
    CognitoIdentityDirectory directory;
    final TenantId tenant = new TenantId(UUID.randomUUID());

    @BeforeEach
    void start() throws Exception {
        System.setProperty("aws.accessKeyId", "test");
        System.setProperty("aws.secretAccessKey", "test");
        stub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        stub.createContext("/", exchange -> {
            String action = exchange.getRequestHeaders()
                    .getFirst("x-amz-target")
                    .replace("AWSCognitoIdentityProviderService.", "");
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            synchronized (calls) {
                calls.add(action);
                bodies.add(body);
            }
            String user = body.path("Username").asText();
            String response = "{}";
            int status = 200;
            if (failStatus != 0) {
                status = failStatus;
                response = "{\"__type\":\"TooManyRequestsException\",\"message\":\"slow down\"}";
            } else if (action.equals("AdminCreateUser") && existing.containsKey(user)) {
                status = 400;
                response = "{\"__type\":\"UsernameExistsException\",\"message\":\"exists\"}";
            } else if (action.equals("AdminGetUser")) {
                response =
                        "{\"Username\":\"" + user + "\",\"UserAttributes\":[{\"Name\":\"custom:tenant_id\",\"Value\":\""
                                + existing.get(user) + "\"}]}";
            } else if (action.equals("AdminDisableUser") && !existing.containsKey(user)) {
                status = 400;
                response = "{\"__type\":\"UserNotFoundException\",\"message\":\"no such user\"}";
            } else if (action.equals("AdminCreateUser")) {
                response = "{\"User\":{\"Username\":\"" + user + "\"}}";
            }
            byte[] bytes = response.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("content-type", "application/x-amz-json-1.1");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        stub.start();
        directory = CognitoIdentityDirectory.create(
                POOL,
                "us-east-1",
                Optional.of(URI.create("http://127.0.0.1:" + stub.getAddress().getPort())));
    }

    @AfterEach
    void stop() {
        stub.stop(0);
    }

    @Test
    void invited_createsTheUserWithItsTenantAndId_thenPutsItInItsRoleGroup() {
        User ada = user("ada@example.com", Role.Recruiter, UserStatus.INVITED);
        directory.invited(tenant, ada);

        assertThat(calls).containsExactly("AdminCreateUser", "AdminAddUserToGroup");
        JsonNode create = bodies.get(0);
        assertThat(create.path("UserPoolId").asText()).isEqualTo(POOL);
        assertThat(create.path("Username").asText()).isEqualTo("ada@example.com");
        assertThat(create.path("DesiredDeliveryMediums").toString()).isEqualTo("[\"EMAIL\"]");
        assertThat(create.path("UserAttributes").toString())
                .contains(
                        "{\"Name\":\"custom:tenant_id\",\"Value\":\"" + tenant + "\"}",
                        "{\"Name\":\"custom:user_id\",\"Value\":\"" + ada.id() + "\"}",
                        "{\"Name\":\"email_verified\",\"Value\":\"true\"}");
        assertThat(bodies.get(1).path("GroupName").asText()).isEqualTo("Recruiter");
    }

    @Test
    void invitedAgain_inTheSameTenant_isIdempotent_butAnotherTenantsAddressIsAConflict() {
        existing.put("ada@example.com", tenant.toString());
        directory.invited(tenant, user("ada@example.com", Role.Sales, UserStatus.INVITED));
        assertThat(calls).containsExactly("AdminCreateUser", "AdminGetUser", "AdminAddUserToGroup");

        existing.put("bob@example.com", UUID.randomUUID().toString());
        assertThatThrownBy(() -> directory.invited(tenant, user("bob@example.com", Role.Sales, UserStatus.INVITED)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void roleChange_movesTheGroup_deactivation_disablesAndSignsOut_reactivation_enables() {
        existing.put("rec@example.com", tenant.toString());
        User active = user("rec@example.com", Role.Recruiter, UserStatus.ACTIVE);
        User promoted = new User(
                active.id(),
                active.email(),
                active.name(),
                Role.Admin,
                UserStatus.ACTIVE,
                null,
                null,
                active.createdAt(),
                active.updatedAt(),
                null,
                2);
        User off = new User(
                active.id(),
                active.email(),
                active.name(),
                Role.Admin,
                UserStatus.DEACTIVATED,
                null,
                null,
                active.createdAt(),
                active.updatedAt(),
                null,
                3);

        directory.changed(tenant, active, promoted);
        directory.changed(tenant, promoted, off);
        directory.changed(tenant, off, promoted);

        assertThat(calls)
                .containsExactly(
                        "AdminAddUserToGroup",
                        "AdminRemoveUserFromGroup",
                        "AdminDisableUser",
                        "AdminUserGlobalSignOut",
                        "AdminEnableUser");
        assertThat(bodies.get(0).path("GroupName").asText()).isEqualTo("Admin");
        assertThat(bodies.get(1).path("GroupName").asText()).isEqualTo("Recruiter");
    }

    @Test
    void cognitoErrors_becomeIdentityProviderExceptions_soTheWriteRollsBack() {
        User gone = user("gone@example.com", Role.Sales, UserStatus.ACTIVE);
        User off = new User(
                gone.id(),
                gone.email(),
                gone.name(),
                Role.Sales,
                UserStatus.DEACTIVATED,
                null,
                null,
                gone.createdAt(),
                gone.updatedAt(),
                null,
                2);
        assertThatThrownBy(() -> directory.changed(tenant, gone, off))
                .isInstanceOf(IdentityDirectory.IdentityProviderException.class)
                .hasMessageContaining("not in the Cognito user pool");
        failStatus = 400;
        assertThatThrownBy(() -> directory.invited(tenant, user("x@example.com", Role.Sales, UserStatus.INVITED)))
                .isInstanceOf(IdentityDirectory.IdentityProviderException.class);
    }

    private static User user(String email, Role role, UserStatus status) {
        Instant now = Instant.now();
        return new User(UUID.randomUUID(), email, "Name " + email, role, status, now, null, now, now, null, 1);
    }
}

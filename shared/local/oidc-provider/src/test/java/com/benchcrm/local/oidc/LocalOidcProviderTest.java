package com.benchcrm.local.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.auth.jwt.LocalTokenIssuer;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.user.User;
import com.benchcrm.user.UserStatus;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The provider's endpoints without any HTTP server (they take an {@link OidcRequest} and answer an
 * {@link OidcResponse}); the whole code + PKCE flow over HTTP is {@code ConsoleSignInIT}'s.
 */
class LocalOidcProviderTest {

    private static final String ISSUER = "http://127.0.0.1:4999";

    private final LocalOidcProvider oidc = new LocalOidcProvider(
            LocalTokenIssuer.ephemeral(ISSUER, Clock.systemUTC()),
            new EmptyDirectory(),
            OidcSettings.console("benchcrm"),
            Clock.systemUTC());

    @Test
    void discovery_namesTheEndpointsUnderTheIssuer_andRefusesOtherMethods() {
        OidcResponse r =
                oidc.discovery().handle(new OidcRequest("get", LocalOidcProvider.DISCOVERY_PATH, null, Map.of(), null));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.headers()).containsEntry("content-type", "application/json");
        assertThat(text(r).replace("\\/", "/"))
                .contains("\"issuer\":\"" + ISSUER + "\"")
                .contains("\"token_endpoint\":\"" + ISSUER + "/oidc/token\"")
                .contains("\"S256\"");

        OidcResponse post = oidc.discovery()
                .handle(new OidcRequest("POST", LocalOidcProvider.DISCOVERY_PATH, null, Map.of(), null));
        assertThat(post.status()).isEqualTo(405);
        assertThat(post.headers()).containsEntry("allow", "GET, HEAD");
    }

    @Test
    void token_withAnUnknownCode_isAnOAuthError_notAServerError() {
        OidcResponse r = oidc.endpoints()
                .handle(new OidcRequest(
                        "POST",
                        LocalOidcProvider.TOKEN_PATH,
                        null,
                        Map.of(
                                "Content-Type",
                                List.of("application/x-www-form-urlencoded"),
                                "Origin",
                                List.of("http://localhost:5173")),
                        ("grant_type=authorization_code&code=nope&client_id=benchcrm-console&code_verifier="
                                        + "v".repeat(43)
                                        + "&redirect_uri=http%3A%2F%2F127.0.0.1%3A4999%2Fauth%2Fcallback")
                                .getBytes(StandardCharsets.UTF_8)));
        assertThat(r.status()).isEqualTo(400);
        assertThat(text(r)).contains("invalid_grant");
        assertThat(r.headers())
                .as("a loopback origin may call the token endpoint")
                .containsEntry("access-control-allow-origin", "http://localhost:5173")
                .containsEntry("cache-control", "no-store");
    }

    @Test
    void token_withAGarbledBody_isInvalidRequest() {
        OidcResponse r = oidc.endpoints()
                .handle(new OidcRequest(
                        "POST",
                        LocalOidcProvider.TOKEN_PATH,
                        null,
                        Map.of("content-type", List.of("application/x-www-form-urlencoded")),
                        "%%%".getBytes(StandardCharsets.UTF_8)));
        assertThat(r.status()).isBetween(400, 401);
        assertThat(r.headers()).doesNotContainKey("access-control-allow-origin");
    }

    @Test
    void authorize_withAForeignRedirectUri_isShown_neverRedirected() {
        OidcResponse r = oidc.endpoints()
                .handle(new OidcRequest(
                        "GET",
                        LocalOidcProvider.AUTHORIZE_PATH,
                        "response_type=code&client_id=benchcrm-console&scope=openid&redirect_uri=https%3A%2F%2Fevil.example%2Fauth%2Fcallback"
                                + "&code_challenge=" + "a".repeat(43) + "&code_challenge_method=S256&state=s",
                        Map.of(),
                        null));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.headers()).doesNotContainKey("location");
        assertThat(r.headers().get("content-type")).startsWith("text/html");
    }

    @Test
    void unknownEndpointsAndMethods_areClientErrors() {
        assertThat(oidc.endpoints()
                        .handle(new OidcRequest("GET", "/oidc/nothing", null, Map.of(), null))
                        .status())
                .isEqualTo(404);
        OidcResponse get =
                oidc.endpoints().handle(new OidcRequest("GET", LocalOidcProvider.TOKEN_PATH, null, Map.of(), null));
        assertThat(get.status()).isEqualTo(405);
        assertThat(get.headers()).containsEntry("allow", "POST");
    }

    @Test
    void request_headersAreCaseInsensitive_andMultiValued() {
        OidcRequest r = new OidcRequest("get", "/x", null, Map.of("X-A", List.of("1"), "x-a", List.of("2")), null);
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.headers().get("X-a")).containsExactlyInAnyOrder("1", "2");
        assertThat(r.body()).isEmpty();
    }

    private static String text(OidcResponse r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    /** No tenants, no users. */
    private static final class EmptyDirectory implements SignInDirectory {
        @Override
        public List<Tenant> tenants() {
            return List.of();
        }

        @Override
        public List<User> users(TenantId tenant) {
            return List.of();
        }

        @Override
        public Optional<User> user(TenantId tenant, UUID id) {
            return Optional.empty();
        }

        @Override
        public Optional<UserStatus> signedIn(TenantId tenant, UUID id, Instant at) {
            return Optional.empty();
        }
    }
}

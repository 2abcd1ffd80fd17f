package com.benchcrm.local.oidc;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The local provider's one client and its token lifetimes.
 *
 * @param clientId       the console's client id ({@code benchcrm-console}); a public client (PKCE, no secret)
 * @param apiAudience    the {@code aud} of access tokens: what the HTTP API function requires ({@code benchcrm})
 * @param redirectPaths  the paths a redirect URI may have; its origin must be loopback ({@code http://127.0.0.1:*},
 *                       {@code http://localhost:*}), so the console served by the stack and a Vite dev server both work
 * @param logoutPaths    the paths a post-logout redirect URI may have (same origin rule)
 */
public record OidcSettings(
        String clientId,
        String apiAudience,
        List<String> redirectPaths,
        List<String> logoutPaths,
        Duration accessTokenTtl,
        Duration refreshTokenTtl,
        Duration codeTtl) {

    public OidcSettings {
        Objects.requireNonNull(clientId);
        Objects.requireNonNull(apiAudience);
        redirectPaths = List.copyOf(redirectPaths);
        logoutPaths = List.copyOf(logoutPaths);
    }

    /** The console's client: access and ID tokens 15 minutes, a sign-in lasts 10 hours of refreshes, codes 60 s. */
    public static OidcSettings console(String apiAudience) {
        return new OidcSettings(
                "benchcrm-console",
                apiAudience,
                List.of("/auth/callback", "/auth/silent"),
                List.of("/signed-out", "/"),
                Duration.ofMinutes(15),
                Duration.ofHours(10),
                Duration.ofSeconds(60));
    }

    public OidcSettings withAccessTokenTtl(Duration ttl) {
        return new OidcSettings(clientId, apiAudience, redirectPaths, logoutPaths, ttl, refreshTokenTtl, codeTtl);
    }
}

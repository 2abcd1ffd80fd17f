package com.benchcrm.local.oidc;

/**
 * An endpoint of the provider, independent of the HTTP server: the embedded stack mounts it on its
 * edge through a small Jetty handler ({@code ConsoleSignIn}).
 *
 * <pre>{@code
 * OidcResponse r = oidc.discovery().handle(new OidcRequest("GET", "/.well-known/openid-configuration", null, Map.of(), null));
 * }</pre>
 */
@FunctionalInterface
public interface OidcHandler {

    OidcResponse handle(OidcRequest request);
}

package com.benchcrm.local.stack;

import com.benchcrm.auth.jwt.LocalTokenIssuer;
import com.benchcrm.local.oidc.LocalOidcProvider;
import com.benchcrm.local.oidc.OidcSettings;
import com.benchcrm.local.oidc.SignInDirectory;
import com.benchcrm.persistence.postgres.PostgresPersistence;
import com.benchcrm.sql.SqlPort;
import com.benchcrm.tenancy.TenantId;
import com.sun.net.httpserver.HttpHandler;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;

/**
 * Sign-in for the console on the embedded stack: the local OpenID provider (issuer = the stack's
 * origin, the same key as {@code ./benchcrm token}, so the HTTP API function needs no other setting)
 * and {@code GET /console-config.json}, the settings the console reads at start.
 *
 * <pre>{@code
 * ConsoleSignIn.mount(edge, issuer, ownerSql, appSql, EmbeddedStack.INGEST_DOMAIN);
 * }</pre>
 */
final class ConsoleSignIn {

    static final String CONFIG_PATH = "/console-config.json";

    private ConsoleSignIn() {
    }

    static LocalOidcProvider mount(EdgeServer edge, LocalTokenIssuer issuer, SqlPort ownerSql, SqlPort appSql, String ingestDomain) {
        Clock clock = Clock.systemUTC();
        TenantAdmin tenants = new TenantAdmin(PostgresPersistence.over(ownerSql), issuer);
        PostgresPersistence db = PostgresPersistence.over(appSql);
        SignInDirectory directory = SignInDirectory.of(
                () -> tenants.slugs().entrySet().stream()
                        .map(e -> new SignInDirectory.Tenant(new TenantId(e.getKey()), e.getValue()))
                        .sorted(Comparator.comparing(SignInDirectory.Tenant::slug))
                        .toList(),
                db.transactions(), db.users());
        LocalOidcProvider provider = new LocalOidcProvider(issuer, directory, OidcSettings.console(TenantAdmin.AUDIENCE), clock);
        edge.mount(LocalOidcProvider.DISCOVERY_PATH, provider.discovery());
        edge.mount(LocalOidcProvider.BASE_PATH, provider.endpoints());
        edge.mount(CONFIG_PATH, config(issuer.issuer(), "benchcrm-console", ingestDomain));
        return provider;
    }

    /** {@code {"authority": ..., "clientId": ..., "scope": ..., "ingestDomain": ...}}. */
    static String configJson(String authority, String clientId, String ingestDomain) {
        return com.benchcrm.common.Json.write(new java.util.LinkedHashMap<>(java.util.Map.of(
                "authority", authority, "clientId", clientId, "scope", "openid profile email", "ingestDomain", ingestDomain)));
    }

    private static HttpHandler config(String authority, String clientId, String ingestDomain) {
        byte[] body = configJson(authority, clientId, ingestDomain).getBytes(StandardCharsets.UTF_8);
        return exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                if (!List.of("GET", "HEAD").contains(exchange.getRequestMethod())) {
                    exchange.getResponseHeaders().set("allow", "GET, HEAD");
                    exchange.sendResponseHeaders(405, -1);
                    return;
                }
                exchange.getResponseHeaders().set("content-type", "application/json");
                exchange.getResponseHeaders().set("cache-control", "no-store");
                if ("HEAD".equals(exchange.getRequestMethod())) {
                    exchange.sendResponseHeaders(200, -1);
                    return;
                }
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        };
    }
}

package com.benchcrm.local.stack;

import com.benchcrm.auth.jwt.LocalTokenIssuer;
import com.benchcrm.local.oidc.LocalOidcProvider;
import com.benchcrm.local.oidc.OidcHandler;
import com.benchcrm.local.oidc.OidcRequest;
import com.benchcrm.local.oidc.OidcResponse;
import com.benchcrm.local.oidc.OidcSettings;
import com.benchcrm.local.oidc.SignInDirectory;
import com.benchcrm.persistence.postgres.PostgresPersistence;
import com.benchcrm.sql.SqlPort;
import com.benchcrm.tenancy.TenantId;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.server.Request;

/**
 * Sign-in for the console on the embedded stack: the local OpenID provider (issuer = the stack's
 * origin, the same key as {@code ./benchcrm token}, so the HTTP API function needs no other setting)
 * and {@code GET /console-config.json}, the settings the console reads at start, each mounted on the
 * Jetty edge as a handler of its own (everything else, {@code /v1} above all, stays the edge's).
 *
 * <pre>{@code
 * ConsoleSignIn.mount(edge, issuer, ownerSql, appSql, EmbeddedStack.INGEST_DOMAIN);
 * }</pre>
 */
final class ConsoleSignIn {

    static final String CONFIG_PATH = "/console-config.json";

    private ConsoleSignIn() {}

    static LocalOidcProvider mount(
            EdgeServer edge, LocalTokenIssuer issuer, SqlPort ownerSql, SqlPort appSql, String ingestDomain) {
        Clock clock = Clock.systemUTC();
        TenantAdmin tenants = new TenantAdmin(PostgresPersistence.over(ownerSql), issuer);
        PostgresPersistence db = PostgresPersistence.over(appSql);
        SignInDirectory directory = SignInDirectory.of(
                () -> tenants.slugs().entrySet().stream()
                        .map(e -> new SignInDirectory.Tenant(new TenantId(e.getKey()), e.getValue()))
                        .sorted(Comparator.comparing(SignInDirectory.Tenant::slug))
                        .toList(),
                db.transactions(),
                db.users());
        LocalOidcProvider provider =
                new LocalOidcProvider(issuer, directory, OidcSettings.console(TenantAdmin.AUDIENCE), clock);
        edge.mount(LocalOidcProvider.DISCOVERY_PATH, onEdge(provider.discovery()));
        edge.mount(LocalOidcProvider.BASE_PATH, onEdge(provider.endpoints()));
        edge.mount(CONFIG_PATH, onEdge(config(issuer.issuer(), "benchcrm-console", ingestDomain)));
        return provider;
    }

    /** {@code {"authority": ..., "clientId": ..., "scope": ..., "ingestDomain": ...}}. */
    static String configJson(String authority, String clientId, String ingestDomain) {
        return com.benchcrm.common.Json.write(new LinkedHashMap<>(Map.of(
                "authority",
                authority,
                "clientId",
                clientId,
                "scope",
                "openid profile email",
                "ingestDomain",
                ingestDomain)));
    }

    static OidcHandler config(String authority, String clientId, String ingestDomain) {
        byte[] body = configJson(authority, clientId, ingestDomain).getBytes(StandardCharsets.UTF_8);
        return request -> List.of("GET", "HEAD").contains(request.method())
                ? new OidcResponse(200, Map.of("content-type", "application/json", "cache-control", "no-store"), body)
                : new OidcResponse(405, Map.of("allow", "GET, HEAD"), new byte[0]);
    }

    /**
     * A provider endpoint as a Jetty handler on the edge: the request's method, raw path and query,
     * headers and body (at most the edge's 10 MB: past that a 413 problem) in, the answer out.
     */
    static Request.Handler onEdge(OidcHandler handler) {
        return (request, response, callback) -> {
            byte[] body = EdgeServer.readBody(request);
            if (body == null) {
                EdgeServer.respond(
                        request,
                        response,
                        callback,
                        413,
                        Map.of("content-type", "application/problem+json"),
                        EdgeServer.ProblemErrors.problem(
                                413,
                                "the body is over 10 MB",
                                request.getHttpURI().getPath()));
                return true;
            }
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (HttpField f : request.getHeaders()) {
                headers.computeIfAbsent(f.getName(), k -> new ArrayList<>()).add(f.getValue());
            }
            OidcResponse answer = handler.handle(new OidcRequest(
                    request.getMethod(),
                    EdgeServer.decodePath(request.getHttpURI().getPath()),
                    request.getHttpURI().getQuery(),
                    headers,
                    body));
            EdgeServer.respond(request, response, callback, answer.status(), answer.headers(), answer.body());
            return true;
        };
    }
}

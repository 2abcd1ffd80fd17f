package com.benchcrm.function.httpapi.http;

import com.benchcrm.ratelimit.RateLimiter;
import com.benchcrm.security.Caller;
import com.benchcrm.security.TokenVerifier;
import com.benchcrm.persistence.PersistenceException;
import com.benchcrm.tenancy.TenantAccess;
import com.benchcrm.user.ActiveUsers;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The request pipeline: route, size limit, authentication (the token, then the user's status), the
 * tenant's status (a suspended tenant gets 403 {@code tenant-suspended}), the tenant's rate limit,
 * handler, problem mapping, one access log line and metrics.
 *
 * <p>The tenant and roles come only from the verified bearer token; no header or body field can
 * set them. Log lines carry tenant_id, user_id and trace_id, never bodies or query strings.
 */
public final class HttpApi {

    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);

    private final Router router;
    private final TokenVerifier verifier;
    private final int maxBodyBytes;
    private final RequestMetrics metrics;
    private final RateLimiter rateLimiter;
    private final TenantAccess tenants;
    private final ActiveUsers activeUsers;

    public HttpApi(Router router, TokenVerifier verifier, int maxBodyBytes, RequestMetrics metrics) {
        this(router, verifier, maxBodyBytes, metrics, RateLimiter.UNLIMITED);
    }

    /** @param rateLimiter asked once per authenticated request, keyed by the token's tenant (public routes are not limited) */
    public HttpApi(Router router, TokenVerifier verifier, int maxBodyBytes, RequestMetrics metrics, RateLimiter rateLimiter) {
        this(router, verifier, maxBodyBytes, metrics, rateLimiter, ActiveUsers.NONE, TenantAccess.OPEN);
    }

    /**
     * @param activeUsers asked after the token verifies: a deactivated user's still-valid tokens are
     *                    refused (401) within its cache TTL
     */
    public HttpApi(Router router, TokenVerifier verifier, int maxBodyBytes, RequestMetrics metrics, RateLimiter rateLimiter,
                   ActiveUsers activeUsers) {
        this(router, verifier, maxBodyBytes, metrics, rateLimiter, activeUsers, TenantAccess.OPEN);
    }

    /** @param tenants asked after authentication on every authenticated request (cached briefly: {@code TenantPolicies}) */
    public HttpApi(Router router, TokenVerifier verifier, int maxBodyBytes, RequestMetrics metrics, RateLimiter rateLimiter,
                   TenantAccess tenants) {
        this(router, verifier, maxBodyBytes, metrics, rateLimiter, ActiveUsers.NONE, tenants);
    }

    public HttpApi(Router router, TokenVerifier verifier, int maxBodyBytes, RequestMetrics metrics, RateLimiter rateLimiter,
                   ActiveUsers activeUsers, TenantAccess tenants) {
        this.activeUsers = activeUsers;
        this.tenants = tenants;
        this.rateLimiter = rateLimiter;
        this.router = router;
        this.verifier = verifier;
        this.maxBodyBytes = maxBodyBytes;
        this.metrics = metrics;
    }

    public Router router() {
        return router;
    }

    public HttpResponse handle(HttpRequest request) {
        long started = System.nanoTime();
        MDC.put("trace_id", request.traceId());
        String routeName = request.method() + " (no route)";
        HttpResponse response;
        try {
            Router.Match match = router.match(request.method(), request.path());
            if (match.route() == null) {
                response = match.allowed().isEmpty() ? Problems.notFound(request) : Problems.methodNotAllowed(request, match.allowed());
            } else {
                routeName = match.route().method() + " " + match.route().template();
                response = invoke(match, request.withPathParams(match.params()));
            }
        } catch (RuntimeException e) {
            response = failure(e, request);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        response = response.header("x-trace-id", request.traceId()).header("cache-control", "no-store");
        LOG.info("{} {} {}ms", routeName, response.status(), millis);
        try {
            metrics.record(routeName, response.status(), millis);
        } catch (RuntimeException e) {
            LOG.warn("metrics not recorded: {}", e.toString());
        }
        MDC.remove("tenant_id");
        MDC.remove("user_id");
        MDC.remove("trace_id");
        return response;
    }

    private HttpResponse invoke(Router.Match match, HttpRequest request) {
        int limit = match.route().maxBodyBytes() > 0 ? match.route().maxBodyBytes() : maxBodyBytes;
        if (request.body().length > limit) {
            throw new ApiException(413, "payload-too-large", "Payload too large",
                    "the body is " + request.body().length + " bytes; the limit is " + limit);
        }
        Caller caller = null;
        if (!match.route().isPublic()) {
            caller = verifier.verify(bearer(request), request.traceId());
            MDC.put("tenant_id", caller.tenant().toString());
            MDC.put("user_id", caller.userId());
            activeUsers.require(caller);
            tenants.requireActive(caller.tenant());
            RateLimiter.Decision decision = rateLimiter.tryAcquire(caller.tenant());
            if (!decision.allowed()) {
                return Problems.rateLimited(request, decision.retryAfterSeconds());
            }
        }
        return match.route().handler().handle(request, caller);
    }

    private static String bearer(HttpRequest request) {
        String header = request.header("authorization").orElse("").trim();
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return header.substring(7).trim();
        }
        return "";
    }

    private static HttpResponse failure(RuntimeException e, HttpRequest request) {
        HttpResponse response = Problems.toResponse(e, request);
        if (response.status() >= 500) {
            // Never the message of a SQL error: it may quote row values.
            String what = e instanceof PersistenceException p ? e.getClass().getSimpleName() + " code=" + p.code() : e.getClass().getName();
            LOG.error("request failed: {}", what, e instanceof PersistenceException ? null : e);
        } else if (response.status() == 401) {
            LOG.info("refused token: {}", e.getMessage());
        }
        return response;
    }

    /** The routes, as "METHOD template" strings (for the OpenAPI coverage test). */
    public List<String> routeKeys() {
        return router.routes().stream().map(r -> r.method() + " " + r.template()).toList();
    }
}

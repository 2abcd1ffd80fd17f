package com.benchcrm.local.oidc;

import com.benchcrm.auth.jwt.JwtConfig;
import com.benchcrm.auth.jwt.LocalTokenIssuer;
import com.benchcrm.security.Role;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.user.User;
import com.benchcrm.user.UserStatus;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.oauth2.sdk.util.URLUtils;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationSuccessResponse;
import com.nimbusds.openid.connect.sdk.OIDCScopeValue;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.Prompt;
import com.nimbusds.openid.connect.sdk.SubjectType;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded stack's OpenID provider. Endpoints, relative to the issuer (the stack's origin):
 *
 * <ul>
 *   <li>{@code GET /.well-known/openid-configuration}: the discovery document;</li>
 *   <li>{@code GET /oidc/authorize}: checks the authentication request (client, loopback redirect URI,
 *       {@code response_type=code}, PKCE S256, {@code openid} scope) and shows the sign-in page: a
 *       tenant, then one of its users and a role; {@code POST} signs in and redirects with a code;</li>
 *   <li>{@code POST /oidc/token}: the code (with its PKCE verifier) or a refresh token for an ID token,
 *       an access token for the API and a new refresh token (rotated: each is good once; a reused one
 *       ends its whole sign-in);</li>
 *   <li>{@code GET /oidc/logout}: ends the sign-in of the {@code id_token_hint} (its refresh tokens stop
 *       working) and goes back to the {@code post_logout_redirect_uri}.</li>
 * </ul>
 * The keys are the stack issuer's ({@code /.well-known/jwks.json}). A deactivated user cannot sign
 * in and its refresh tokens stop working at once; the API refuses its access tokens on its own
 * ({@code ActiveUsers}). There is no provider session cookie: {@code prompt=none} answers
 * {@code login_required}, and the console renews with refresh tokens.
 *
 * <pre>{@code
 * LocalOidcProvider oidc = new LocalOidcProvider(issuer, directory, OidcSettings.console("benchcrm"), Clock.systemUTC());
 * OidcResponse discovery = oidc.discovery().handle(request);   // any HTTP server: the embedded stack's edge mounts
 * OidcResponse answer = oidc.endpoints().handle(request);      // both through ConsoleSignIn's Jetty handler
 * }</pre>
 */
public final class LocalOidcProvider {

    public static final String DISCOVERY_PATH = "/.well-known/openid-configuration";
    public static final String BASE_PATH = "/oidc/";
    public static final String AUTHORIZE_PATH = "/oidc/authorize";
    public static final String TOKEN_PATH = "/oidc/token";
    public static final String LOGOUT_PATH = "/oidc/logout";
    public static final String JWKS_PATH = "/.well-known/jwks.json";

    private static final Logger LOG = LoggerFactory.getLogger(LocalOidcProvider.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Parameters of the sign-in form that are not part of the authentication request. */
    private static final Set<String> FORM_FIELDS = Set.of("tenant", "user", "role", "form_token");

    private final LocalTokenIssuer issuer;
    private final SignInDirectory directory;
    private final OidcSettings settings;
    private final Clock clock;
    private final byte[] formKey = randomBytes(32);
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Grant> refreshTokens = new ConcurrentHashMap<>();
    /** Refresh tokens already used, by hash, to their sign-in: presenting one again ends that sign-in. */
    private final Map<String, String> retired = new ConcurrentHashMap<>();

    public LocalOidcProvider(LocalTokenIssuer issuer, SignInDirectory directory, OidcSettings settings, Clock clock) {
        this.issuer = issuer;
        this.directory = directory;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * One sign-in: who, as what, for which client; {@code session} ties the refresh tokens of one
     * sign-in together ({@code sid} in the ID token), {@code expiresAt} is the code's or the refresh
     * token's end.
     */
    record Grant(
            String session,
            TenantId tenant,
            String tenantSlug,
            UUID user,
            Role role,
            String clientId,
            URI redirectUri,
            CodeChallenge challenge,
            String nonce,
            Scope scope,
            Instant authTime,
            Instant sessionEnds,
            Instant expiresAt) {}

    public String issuerUrl() {
        return issuer.issuer();
    }

    /** The discovery document's handler. */
    public OidcHandler discovery() {
        return request -> {
            Exchange exchange = new Exchange(request);
            if (!"GET".equals(exchange.method()) && !"HEAD".equals(exchange.method())) {
                send(exchange, 405, "text/plain", "GET only", Map.of("allow", "GET, HEAD"));
            } else {
                send(
                        exchange,
                        200,
                        "application/json",
                        metadata().toJSONObject().toJSONString(),
                        cors(exchange));
            }
            return exchange.response();
        };
    }

    /** The handler of everything under {@link #BASE_PATH}. */
    public OidcHandler endpoints() {
        return request -> {
            Exchange exchange = new Exchange(request);
            try {
                endpoint(exchange);
            } catch (RuntimeException e) {
                LOG.error("the local OpenID provider failed", e);
                throw e;
            }
            return exchange.response();
        };
    }

    private void endpoint(Exchange exchange) {
        String method = exchange.method();
        switch (exchange.path()) {
            case AUTHORIZE_PATH -> {
                if ("GET".equals(method)) {
                    authorizeGet(exchange);
                } else if ("POST".equals(method)) {
                    authorizePost(exchange);
                } else {
                    send(exchange, 405, "text/plain", "GET or POST", Map.of("allow", "GET, POST"));
                }
            }
            case TOKEN_PATH -> {
                if ("POST".equals(method)) {
                    token(exchange);
                } else if ("OPTIONS".equals(method)) {
                    Map<String, String> headers = new LinkedHashMap<>(cors(exchange));
                    headers.put("access-control-allow-methods", "POST");
                    headers.put("access-control-allow-headers", "content-type");
                    send(exchange, 204, "text/plain", "", headers);
                } else {
                    send(exchange, 405, "text/plain", "POST only", Map.of("allow", "POST"));
                }
            }
            case LOGOUT_PATH -> logout(exchange);
            default -> send(exchange, 404, "text/plain", "no such endpoint", Map.of());
        }
    }

    OIDCProviderMetadata metadata() {
        String base = issuer.issuer();
        OIDCProviderMetadata m =
                new OIDCProviderMetadata(new Issuer(base), List.of(SubjectType.PUBLIC), URI.create(base + JWKS_PATH));
        m.setAuthorizationEndpointURI(URI.create(base + AUTHORIZE_PATH));
        m.setTokenEndpointURI(URI.create(base + TOKEN_PATH));
        m.setEndSessionEndpointURI(URI.create(base + LOGOUT_PATH));
        m.setResponseTypes(List.of(ResponseType.CODE));
        m.setGrantTypes(List.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN));
        m.setCodeChallengeMethods(List.of(CodeChallengeMethod.S256));
        m.setTokenEndpointAuthMethods(List.of(ClientAuthenticationMethod.NONE));
        m.setIDTokenJWSAlgs(List.of(JWSAlgorithm.RS256));
        m.setScopes(new Scope(
                OIDCScopeValue.OPENID, OIDCScopeValue.PROFILE, OIDCScopeValue.EMAIL, OIDCScopeValue.OFFLINE_ACCESS));
        m.setClaims(List.of(
                "sub",
                "iss",
                "aud",
                "exp",
                "iat",
                "auth_time",
                "nonce",
                "sid",
                "email",
                "name",
                "tenant_id",
                "tenant",
                "roles"));
        return m;
    }

    // ---- authorization endpoint ------------------------------------------------------------

    private void authorizeGet(Exchange exchange) {
        Map<String, List<String>> params = URLUtils.parseParameters(exchange.rawQuery());
        Checked checked = check(exchange, params);
        if (checked == null) {
            return;
        }
        AuthenticationRequest request = checked.request();
        if (request.getPrompt() != null && request.getPrompt().contains(Prompt.Type.NONE)) {
            // No provider session to reuse: the console signs in interactively or renews with its refresh token.
            redirectError(
                    exchange,
                    request,
                    com.nimbusds.openid.connect.sdk.OIDCError.LOGIN_REQUIRED.setDescription(
                            "sign in on the local sign-in page"));
            return;
        }
        List<SignInDirectory.Tenant> tenants = directory.tenants();
        Optional<SignInDirectory.Tenant> chosen = first(params, "tenant")
                .flatMap(slug ->
                        tenants.stream().filter(t -> t.slug().equals(slug)).findFirst())
                .or(() -> tenants.size() == 1 ? Optional.of(tenants.get(0)) : Optional.empty());
        Map<String, String> hidden = requestFields(params);
        if (chosen.isEmpty()) {
            page(exchange, 200, SignInPage.tenants(tenants, hidden, null));
            return;
        }
        SignInDirectory.Tenant tenant = chosen.get();
        hidden.put("tenant", tenant.slug());
        hidden.put("form_token", formToken(hidden));
        page(exchange, 200, SignInPage.users(tenant, tenants.size() > 1, directory.users(tenant.id()), hidden, null));
    }

    private void authorizePost(Exchange exchange) {
        String contentType =
                Optional.ofNullable(exchange.header("content-type")).orElse("");
        byte[] body = exchange.body(64 * 1024);
        if (!contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            page(exchange, 415, SignInPage.error("The sign-in form is sent as application/x-www-form-urlencoded."));
            return;
        }
        Map<String, List<String>> params = URLUtils.parseParameters(new String(body, StandardCharsets.UTF_8));
        Checked checked = check(exchange, params);
        if (checked == null) {
            return;
        }
        Map<String, String> signed = requestFields(params);
        first(params, "tenant").ifPresent(t -> signed.put("tenant", t));
        if (!MessageDigest.isEqual(
                formToken(signed).getBytes(StandardCharsets.UTF_8),
                first(params, "form_token").orElse("").getBytes(StandardCharsets.UTF_8))) {
            page(
                    exchange,
                    400,
                    SignInPage.error("This sign-in form is not one this provider showed (or the stack restarted). "
                            + "Go back to the console and sign in again."));
            return;
        }
        Optional<SignInDirectory.Tenant> tenant = first(params, "tenant")
                .flatMap(slug -> directory.tenants().stream()
                        .filter(t -> t.slug().equals(slug))
                        .findFirst());
        Optional<UUID> userId = first(params, "user").flatMap(LocalOidcProvider::uuid);
        Optional<Role> role = first(params, "role").flatMap(Role::parse);
        if (tenant.isEmpty() || userId.isEmpty() || role.isEmpty()) {
            page(exchange, 400, SignInPage.error("Pick a tenant, a user and a role."));
            return;
        }
        Optional<User> user = directory.user(tenant.get().id(), userId.get());
        if (user.isEmpty()) {
            page(exchange, 400, SignInPage.error("The tenant has no such user."));
            return;
        }
        if (user.get().status() == UserStatus.DEACTIVATED) {
            Map<String, String> hidden = requestFields(params);
            hidden.put("tenant", tenant.get().slug());
            hidden.put("form_token", formToken(hidden));
            page(
                    exchange,
                    403,
                    SignInPage.users(
                            tenant.get(),
                            directory.tenants().size() > 1,
                            directory.users(tenant.get().id()),
                            hidden,
                            user.get().email()
                                    + " is deactivated and cannot sign in. An Owner or Admin can reactivate the user."));
            return;
        }
        Instant now = clock.instant();
        directory.signedIn(tenant.get().id(), userId.get(), now);
        AuthenticationRequest request = checked.request();
        AuthorizationCode code = new AuthorizationCode(32);
        codes.put(
                code.getValue(),
                new Grant(
                        randomId(),
                        tenant.get().id(),
                        tenant.get().slug(),
                        userId.get(),
                        role.get(),
                        request.getClientID().getValue(),
                        request.getRedirectionURI(),
                        request.getCodeChallenge(),
                        request.getNonce() == null ? null : request.getNonce().getValue(),
                        request.getScope(),
                        now,
                        now.plus(settings.refreshTokenTtl()),
                        now.plus(settings.codeTtl())));
        expireCodes(now);
        URI to = new AuthenticationSuccessResponse(
                        request.getRedirectionURI(),
                        code,
                        null,
                        null,
                        request.getState(),
                        null,
                        new Issuer(issuer.issuer()),
                        request.getResponseMode())
                .toURI();
        redirect(exchange, to);
    }

    private record Checked(AuthenticationRequest request) {}

    /**
     * Parses and checks an authentication request. A bad client or redirect URI is shown, never
     * redirected to; other problems go back to the client as an error response. Null when answered.
     */
    private Checked check(Exchange exchange, Map<String, List<String>> params) {
        Map<String, List<String>> requestParams = new HashMap<>(params);
        FORM_FIELDS.forEach(requestParams::remove);
        AuthenticationRequest request;
        try {
            request = AuthenticationRequest.parse(URI.create(issuer.issuer() + AUTHORIZE_PATH), requestParams);
        } catch (ParseException e) {
            if (e.getRedirectionURI() != null
                    && e.getClientID() != null
                    && settings.clientId().equals(e.getClientID().getValue())
                    && allowedRedirect(e.getRedirectionURI(), settings.redirectPaths())) {
                ErrorObject error = e.getErrorObject() != null ? e.getErrorObject() : OAuth2Error.INVALID_REQUEST;
                redirect(
                        exchange,
                        new AuthenticationErrorResponse(e.getRedirectionURI(), error, e.getState(), e.getResponseMode())
                                .toURI());
            } else {
                page(exchange, 400, SignInPage.error("Not a valid sign-in request: " + e.getMessage()));
            }
            return null;
        }
        if (!settings.clientId().equals(request.getClientID().getValue())) {
            page(
                    exchange,
                    400,
                    SignInPage.error("Unknown client " + request.getClientID() + "; the console's is "
                            + settings.clientId() + "."));
            return null;
        }
        if (!allowedRedirect(request.getRedirectionURI(), settings.redirectPaths())) {
            page(
                    exchange,
                    400,
                    SignInPage.error("The redirect URI " + request.getRedirectionURI()
                            + " is not allowed: it must be http on 127.0.0.1 or localhost with a path of "
                            + settings.redirectPaths() + "."));
            return null;
        }
        if (!request.getResponseType().equals(ResponseType.CODE)) {
            redirectError(
                    exchange, request, OAuth2Error.UNSUPPORTED_RESPONSE_TYPE.setDescription("only response_type=code"));
            return null;
        }
        if (request.getCodeChallenge() == null || !CodeChallengeMethod.S256.equals(request.getCodeChallengeMethod())) {
            redirectError(
                    exchange,
                    request,
                    OAuth2Error.INVALID_REQUEST.setDescription("PKCE with code_challenge_method=S256 is required"));
            return null;
        }
        return new Checked(request);
    }

    private static boolean allowedRedirect(URI uri, List<String> paths) {
        if (uri == null
                || !"http".equals(uri.getScheme())
                || uri.getRawFragment() != null
                || uri.getRawUserInfo() != null) {
            return false;
        }
        String host = uri.getHost();
        boolean loopback =
                "127.0.0.1".equals(host) || "localhost".equals(host) || "[::1]".equals(host) || "::1".equals(host);
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        return loopback && paths.contains(path);
    }

    private void redirectError(Exchange exchange, AuthenticationRequest request, ErrorObject error) {
        redirect(
                exchange,
                new AuthenticationErrorResponse(
                                request.getRedirectionURI(),
                                error,
                                request.getState(),
                                new Issuer(issuer.issuer()),
                                request.getResponseMode())
                        .toURI());
    }

    /** The authentication request's own parameters (what the form carries back), sorted. */
    private static Map<String, String> requestFields(Map<String, List<String>> params) {
        Map<String, String> fields = new TreeMap<>();
        params.forEach((k, v) -> {
            if (!FORM_FIELDS.contains(k) && !v.isEmpty()) {
                fields.put(k, v.get(0));
            }
        });
        return fields;
    }

    /** An HMAC of the request fields and the tenant: the POST must carry back a form this provider showed. */
    private String formToken(Map<String, String> fields) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(formKey, "HmacSHA256"));
            new TreeMap<>(fields).forEach((k, v) -> {
                if (!"form_token".equals(k)) {
                    mac.update((k + "=" + v + "\n").getBytes(StandardCharsets.UTF_8));
                }
            });
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- token endpoint --------------------------------------------------------------------

    private void token(Exchange exchange) {
        Map<String, String> cors = cors(exchange);
        TokenRequest request;
        try {
            HTTPRequest http = new HTTPRequest(HTTPRequest.Method.POST, URI.create(issuer.issuer() + TOKEN_PATH));
            String contentType = exchange.header("content-type");
            if (contentType != null) {
                http.setContentType(contentType);
            }
            http.setBody(new String(exchange.body(64 * 1024), StandardCharsets.UTF_8));
            request = TokenRequest.parse(http);
        } catch (ParseException e) {
            tokenError(exchange, e.getErrorObject() != null ? e.getErrorObject() : OAuth2Error.INVALID_REQUEST, cors);
            return;
        }
        if (request.getClientAuthentication() != null
                || request.getClientID() == null
                || !settings.clientId().equals(request.getClientID().getValue())) {
            tokenError(
                    exchange,
                    OAuth2Error.INVALID_CLIENT.setDescription(
                            "the console is a public client: send client_id " + settings.clientId() + " and no secret"),
                    cors);
            return;
        }
        AuthorizationGrant grant = request.getAuthorizationGrant();
        Instant now = clock.instant();
        Grant signIn;
        if (grant instanceof AuthorizationCodeGrant code) {
            Grant found = codes.remove(code.getAuthorizationCode().getValue());
            if (found == null || !now.isBefore(found.expiresAt())) {
                tokenError(exchange, OAuth2Error.INVALID_GRANT.setDescription("unknown, used or expired code"), cors);
                return;
            }
            if (!found.redirectUri().equals(code.getRedirectionURI())) {
                tokenError(
                        exchange,
                        OAuth2Error.INVALID_GRANT.setDescription(
                                "redirect_uri differs from the authorization request's"),
                        cors);
                return;
            }
            if (code.getCodeVerifier() == null
                    || !CodeChallenge.compute(CodeChallengeMethod.S256, code.getCodeVerifier())
                            .equals(found.challenge())) {
                tokenError(
                        exchange,
                        OAuth2Error.INVALID_GRANT.setDescription(
                                "the PKCE code_verifier does not match the code_challenge"),
                        cors);
                return;
            }
            signIn = found;
        } else if (grant instanceof RefreshTokenGrant refresh) {
            String hash = hash(refresh.getRefreshToken().getValue());
            Grant found = refreshTokens.remove(hash);
            if (found == null) {
                String session = retired.get(hash);
                if (session != null) {
                    endSession(session);
                    LOG.warn("a used refresh token was presented again; its sign-in is ended");
                }
                tokenError(
                        exchange,
                        OAuth2Error.INVALID_GRANT.setDescription("unknown or already used refresh token"),
                        cors);
                return;
            }
            retired.put(hash, found.session());
            if (!now.isBefore(found.expiresAt())) {
                tokenError(
                        exchange,
                        OAuth2Error.INVALID_GRANT.setDescription("the sign-in has expired; sign in again"),
                        cors);
                return;
            }
            signIn = found;
        } else {
            tokenError(
                    exchange,
                    OAuth2Error.UNSUPPORTED_GRANT_TYPE.setDescription("authorization_code or refresh_token"),
                    cors);
            return;
        }
        Optional<User> user = directory.user(signIn.tenant(), signIn.user());
        if (user.isEmpty() || user.get().status() == UserStatus.DEACTIVATED) {
            endSession(signIn.session());
            tokenError(
                    exchange,
                    OAuth2Error.INVALID_GRANT.setDescription("the user is deactivated or gone; it cannot sign in"),
                    cors);
            return;
        }
        send(
                exchange,
                200,
                "application/json",
                tokens(signIn, user.get(), now).toJSONObject().toJSONString(),
                withNoStore(cors));
    }

    private OIDCTokenResponse tokens(Grant signIn, User user, Instant now) {
        Instant accessEnds = now.plus(settings.accessTokenTtl());
        String subject = user.id().toString();
        JWTClaimsSet.Builder access = new JWTClaimsSet.Builder()
                .issuer(issuer.issuer())
                .audience(settings.apiAudience())
                .subject(subject)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(accessEnds))
                .jwtID(UUID.randomUUID().toString())
                .claim("client_id", signIn.clientId())
                .claim(
                        "scope",
                        signIn.scope() == null ? "openid" : signIn.scope().toString())
                .claim("sid", signIn.session())
                .claim(JwtConfig.DEFAULT_TENANT_CLAIM, signIn.tenant().toString())
                .claim("tenant", signIn.tenantSlug())
                .claim(JwtConfig.DEFAULT_ROLES_CLAIM, List.of(signIn.role().name()))
                .claim("email", user.email());
        if (user.name() != null) {
            access.claim("name", user.name());
        }
        JWTClaimsSet.Builder id = new JWTClaimsSet.Builder()
                .issuer(issuer.issuer())
                .audience(signIn.clientId())
                .subject(subject)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(accessEnds))
                .claim("auth_time", signIn.authTime().getEpochSecond())
                .claim("sid", signIn.session())
                .claim("azp", signIn.clientId())
                .claim("email", user.email())
                .claim("email_verified", false)
                .claim(JwtConfig.DEFAULT_TENANT_CLAIM, signIn.tenant().toString())
                .claim("tenant", signIn.tenantSlug())
                .claim(JwtConfig.DEFAULT_ROLES_CLAIM, List.of(signIn.role().name()));
        if (signIn.nonce() != null) {
            id.claim("nonce", signIn.nonce());
        }
        if (user.name() != null) {
            id.claim("name", user.name());
        }
        RefreshToken refresh = new RefreshToken(48);
        refreshTokens.put(
                hash(refresh.getValue()),
                new Grant(
                        signIn.session(),
                        signIn.tenant(),
                        signIn.tenantSlug(),
                        signIn.user(),
                        signIn.role(),
                        signIn.clientId(),
                        signIn.redirectUri(),
                        null,
                        signIn.nonce(),
                        signIn.scope(),
                        signIn.authTime(),
                        signIn.sessionEnds(),
                        signIn.sessionEnds()));
        BearerAccessToken accessToken = new BearerAccessToken(
                issuer.sign(access.build()), settings.accessTokenTtl().toSeconds(), signIn.scope());
        return new OIDCTokenResponse(new OIDCTokens(issuer.sign(id.build()), accessToken, refresh));
    }

    private void tokenError(Exchange exchange, ErrorObject error, Map<String, String> cors) {
        int status = OAuth2Error.INVALID_CLIENT.getCode().equals(error.getCode()) ? 401 : 400;
        send(
                exchange,
                status,
                "application/json",
                new TokenErrorResponse(error).toJSONObject().toJSONString(),
                withNoStore(cors));
    }

    // ---- end session -----------------------------------------------------------------------

    private void logout(Exchange exchange) {
        Map<String, List<String>> params = URLUtils.parseParameters(exchange.rawQuery());
        first(params, "id_token_hint").flatMap(this::sessionOf).ifPresent(this::endSession);
        Optional<URI> back = first(params, "post_logout_redirect_uri")
                .map(LocalOidcProvider::uriOrNull)
                .filter(u -> u != null && allowedRedirect(u, settings.logoutPaths()));
        if (back.isPresent()) {
            String state = first(params, "state")
                    .map(s -> (back.get().getRawQuery() == null ? "?" : "&") + "state="
                            + java.net.URLEncoder.encode(s, StandardCharsets.UTF_8))
                    .orElse("");
            redirect(exchange, URI.create(back.get() + state));
            return;
        }
        page(exchange, 200, SignInPage.signedOut());
    }

    /** The {@code sid} of an ID token this provider signed (an unverifiable hint is ignored). */
    private Optional<String> sessionOf(String idToken) {
        try {
            SignedJWT jwt = SignedJWT.parse(idToken);
            if (!jwt.verify(new com.nimbusds.jose.crypto.RSASSAVerifier(
                    com.nimbusds.jose.jwk.JWKSet.parse(issuer.publicJwksJson())
                            .getKeys()
                            .get(0)
                            .toRSAKey()))) {
                return Optional.empty();
            }
            return Optional.ofNullable(jwt.getJWTClaimsSet().getStringClaim("sid"));
        } catch (java.text.ParseException | com.nimbusds.jose.JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private void endSession(String session) {
        refreshTokens.values().removeIf(g -> g.session().equals(session));
    }

    // ---- helpers ---------------------------------------------------------------------------

    private void expireCodes(Instant now) {
        codes.values().removeIf(g -> !now.isBefore(g.expiresAt()));
        if (retired.size() > 50_000) {
            retired.clear();
        }
    }

    /** CORS for loopback origins only (a console on a Vite dev server calls the token endpoint cross-origin). */
    private static Map<String, String> cors(Exchange exchange) {
        String origin = exchange.header("origin");
        URI uri = origin == null ? null : uriOrNull(origin);
        if (uri != null
                && "http".equals(uri.getScheme())
                && ("127.0.0.1".equals(uri.getHost()) || "localhost".equals(uri.getHost()))) {
            return Map.of("access-control-allow-origin", origin, "vary", "origin");
        }
        return Map.of();
    }

    private static Map<String, String> withNoStore(Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("cache-control", "no-store");
        all.put("pragma", "no-cache");
        return all;
    }

    private static void page(Exchange exchange, int status, String html) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(
                "content-security-policy",
                "default-src 'none'; style-src 'unsafe-inline'; "
                        + "form-action 'self' http://127.0.0.1:* http://localhost:*; frame-ancestors 'none'; base-uri 'none'");
        headers.put("x-content-type-options", "nosniff");
        headers.put("referrer-policy", "no-referrer");
        headers.put("cache-control", "no-store");
        send(exchange, status, "text/html; charset=utf-8", html, headers);
    }

    private static void redirect(Exchange exchange, URI to) {
        send(
                exchange,
                302,
                "text/plain",
                "",
                Map.of("location", to.toString(), "cache-control", "no-store", "referrer-policy", "no-referrer"));
    }

    private static void send(
            Exchange exchange, int status, String contentType, String body, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>();
        headers.forEach((k, v) -> all.put(k.toLowerCase(java.util.Locale.ROOT), v));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0) {
            all.put("content-type", contentType);
        }
        exchange.respond(new OidcResponse(status, all, bytes));
    }

    /** A request and, once answered, its response: what the endpoints above read and write. */
    private static final class Exchange {

        private final OidcRequest request;
        private OidcResponse response;

        Exchange(OidcRequest request) {
            this.request = request;
        }

        String method() {
            return request.method();
        }

        String path() {
            return request.path();
        }

        String rawQuery() {
            return request.rawQuery();
        }

        String header(String name) {
            return request.header(name);
        }

        /** The body, refused past {@code limit} bytes by reading only that much (as the JDK server did). */
        byte[] body(int limit) {
            byte[] body = request.body();
            return body.length <= limit ? body : java.util.Arrays.copyOf(body, limit);
        }

        void respond(OidcResponse r) {
            if (response != null) {
                throw new IllegalStateException("answered twice");
            }
            response = r;
        }

        OidcResponse response() {
            if (response == null) {
                throw new IllegalStateException("the endpoint did not answer");
            }
            return response;
        }
    }

    private static Optional<String> first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null
                        || values.isEmpty()
                        || values.get(0) == null
                        || values.get(0).isBlank()
                ? Optional.empty()
                : Optional.of(values.get(0));
    }

    private static Optional<UUID> uuid(String s) {
        try {
            return s.length() == 36 ? Optional.of(UUID.fromString(s)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static URI uriOrNull(String s) {
        try {
            return new URI(s);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static String hash(String token) {
        try {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(
                            MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomId() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(16));
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    /** For tests: how many refresh tokens are live. */
    int liveRefreshTokens() {
        return refreshTokens.size();
    }
}

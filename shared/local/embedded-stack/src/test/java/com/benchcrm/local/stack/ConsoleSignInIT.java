package com.benchcrm.local.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.security.Role;
import com.benchcrm.tenancy.TenantSlug;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sign-in as the console does it, over HTTP against the real embedded stack, with a plain Java HTTP
 * client that follows the redirects and posts the sign-in form: {@code /console-config.json}, the
 * discovery document, the authorization endpoint with PKCE (S256), the sign-in page (tenant, user,
 * role), the code for tokens, {@code /v1} with the access token, a refresh (rotated), and, after an
 * Owner deactivates the user through {@code PATCH /v1/users/{id}}, the API, the refresh and the
 * sign-in page all refusing it.
 */
class ConsoleSignInIT {

    static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    static final ObjectMapper JSON = new ObjectMapper();
    static final SecureRandom RANDOM = new SecureRandom();

    static EmbeddedStack stack;
    static String ownerToken;
    static String redirectUri;

    @BeforeAll
    static void start() throws Exception {
        Files.createDirectories(Path.of("target"));
        Path home = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "benchcrm-signin-");
        stack = EmbeddedStack.start(new StackHome(home), 0, 0);
        ownerToken = stack.admin()
                .token(new TenantSlug("signin-acme"), "owner@acme.example", Role.Owner, Duration.ofHours(1));
        stack.admin().ensureTenant(new TenantSlug("signin-other"));
        redirectUri = stack.baseUrl() + "/auth/callback";
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void codeWithPkce_signIn_callTheApi_refresh_thenDeactivated_refusedEverywhere() throws Exception {
        String recruiterId = JSON.readTree(send(
                                "POST",
                                "/v1/users",
                                ownerToken,
                                "{\"email\":\"rita@acme.example\",\"name\":\"Rita Recruiter\",\"role\":\"Recruiter\"}")
                        .body())
                .path("id")
                .asText();

        JsonNode config =
                JSON.readTree(get(stack.baseUrl() + "/console-config.json").body());
        assertThat(config.path("clientId").asText()).isEqualTo("benchcrm-console");
        String authority = config.path("authority").asText();
        JsonNode discovery = JSON.readTree(
                get(authority + "/.well-known/openid-configuration").body());
        assertThat(discovery.path("issuer").asText()).isEqualTo(authority);
        assertThat(discovery.path("code_challenge_methods_supported").toString())
                .contains("S256");

        Tokens tokens = signIn(discovery, "signin-acme", recruiterId, "Recruiter");
        JsonNode claims = claims(tokens.access());
        assertThat(claims.path("sub").asText()).isEqualTo(recruiterId);
        assertThat(claims.path("roles").toString()).isEqualTo("[\"Recruiter\"]");
        assertThat(claims.path("tenant").asText()).isEqualTo("signin-acme");
        assertThat(claims.path("aud").asText()).isEqualTo("benchcrm");
        assertThat(claims(tokens.id()).path("aud").asText()).isEqualTo("benchcrm-console");
        assertThat(claims(tokens.id()).path("nonce").asText()).isEqualTo(tokens.nonce());
        assertThat(send("GET", "/v1/consultants?limit=1", tokens.access(), null).statusCode())
                .isEqualTo(200);
        assertThat(send("GET", "/v1/users", tokens.access(), null).statusCode())
                .as("a Recruiter may not manage users")
                .isEqualTo(403);
        JsonNode user = JSON.readTree(
                send("GET", "/v1/users/" + recruiterId, ownerToken, null).body());
        assertThat(user.path("status").asText())
                .as("the first sign-in activates an invited user")
                .isEqualTo("ACTIVE");
        assertThat(user.path("lastSignInAt").isTextual()).isTrue();

        HttpResponse<String> refreshed = refresh(discovery, tokens.refresh());
        assertThat(refreshed.statusCode()).isEqualTo(200);
        JsonNode second = JSON.readTree(refreshed.body());
        String access2 = second.path("access_token").asText();
        assertThat(access2).isNotEqualTo(tokens.access());
        assertThat(second.path("refresh_token").asText()).isNotEqualTo(tokens.refresh());
        assertThat(send("GET", "/v1/consultants?limit=1", access2, null).statusCode())
                .isEqualTo(200);

        HttpResponse<String> patched =
                send("PATCH", "/v1/users/" + recruiterId, ownerToken, "{\"status\":\"DEACTIVATED\"}");
        assertThat(patched.statusCode()).isEqualTo(200);

        HttpResponse<String> refused = send("GET", "/v1/consultants?limit=1", access2, null);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("deactivated");
        HttpResponse<String> noRefresh =
                refresh(discovery, second.path("refresh_token").asText());
        assertThat(noRefresh.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(noRefresh.body()).path("error").asText()).isEqualTo("invalid_grant");
        HttpResponse<String> page = postSignInForm(discovery, "signin-acme", recruiterId, "Recruiter", new Pkce())
                .response();
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("deactivated");
    }

    @Test
    void codeReuse_wrongVerifier_refreshReuse_andSignOut_areRefused() throws Exception {
        String analystId = JSON.readTree(send(
                                "POST",
                                "/v1/users",
                                ownerToken,
                                "{\"email\":\"ana@acme.example\",\"name\":\"Ana Analyst\",\"role\":\"Analyst\"}")
                        .body())
                .path("id")
                .asText();
        JsonNode discovery = JSON.readTree(
                get(stack.baseUrl() + "/.well-known/openid-configuration").body());

        Pkce pkce = new Pkce();
        String code = codeFrom(postSignInForm(discovery, "signin-acme", analystId, "Analyst", pkce)
                .response());
        Pkce other = new Pkce();
        assertThat(exchangeCode(discovery, code, other.verifier).statusCode())
                .as("wrong verifier")
                .isEqualTo(400);
        assertThat(exchangeCode(discovery, code, pkce.verifier).statusCode())
                .as("a code is good once")
                .isEqualTo(400);

        Tokens tokens = signIn(discovery, "signin-acme", analystId, "Analyst");
        JsonNode rotated = JSON.readTree(refresh(discovery, tokens.refresh()).body());
        assertThat(refresh(discovery, tokens.refresh()).statusCode())
                .as("a used refresh token")
                .isEqualTo(400);
        assertThat(refresh(discovery, rotated.path("refresh_token").asText()).statusCode())
                .as("reusing a refresh token ends the whole sign-in")
                .isEqualTo(400);

        Tokens again = signIn(discovery, "signin-acme", analystId, "Analyst");
        String back = stack.baseUrl() + "/signed-out";
        HttpResponse<String> out = get(discovery.path("end_session_endpoint").asText() + "?id_token_hint=" + again.id()
                + "&post_logout_redirect_uri=" + enc(back) + "&state=bye");
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.headers().firstValue("location")).contains(back + "?state=bye");
        assertThat(refresh(discovery, again.refresh()).statusCode())
                .as("signed out: its refresh token is gone")
                .isEqualTo(400);
    }

    @Test
    void aForeignRedirectUri_isNeverRedirectedTo_andMissingPkceGoesBackAsAnError() throws Exception {
        JsonNode discovery = JSON.readTree(
                get(stack.baseUrl() + "/.well-known/openid-configuration").body());
        String authorize = discovery.path("authorization_endpoint").asText();
        HttpResponse<String> foreign =
                get(authorize + "?response_type=code&client_id=benchcrm-console&scope=openid&state=s"
                        + "&redirect_uri=" + enc("https://evil.example/auth/callback")
                        + "&code_challenge_method=S256&code_challenge="
                        + new Pkce().challenge);
        assertThat(foreign.statusCode()).isEqualTo(400);
        assertThat(foreign.headers().firstValue("location")).isEmpty();

        HttpResponse<String> noPkce =
                get(authorize + "?response_type=code&client_id=benchcrm-console&scope=openid&state=s" + "&redirect_uri="
                        + enc(redirectUri));
        assertThat(noPkce.statusCode()).isEqualTo(302);
        String location = noPkce.headers().firstValue("location").orElseThrow();
        assertThat(location)
                .startsWith(redirectUri + "?")
                .contains("error=invalid_request")
                .contains("state=s");
    }

    // ---- the flow, as a browser would run it ----

    record Tokens(String access, String id, String refresh, String nonce) {}

    record FormResult(HttpResponse<String> response, String nonce, String state) {}

    static final class Pkce {
        final String verifier;
        final String challenge;

        Pkce() throws Exception {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            challenge = Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(
                            MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        }
    }

    static Tokens signIn(JsonNode discovery, String tenant, String userId, String role) throws Exception {
        Pkce pkce = new Pkce();
        FormResult result = postSignInForm(discovery, tenant, userId, role, pkce);
        HttpResponse<String> token = exchangeCode(discovery, codeFrom(result.response()), pkce.verifier);
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        assertThat(token.headers().firstValue("cache-control")).contains("no-store");
        JsonNode t = JSON.readTree(token.body());
        assertThat(t.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(t.path("expires_in").asInt()).isBetween(60, 3600);
        return new Tokens(
                t.path("access_token").asText(),
                t.path("id_token").asText(),
                t.path("refresh_token").asText(),
                result.nonce());
    }

    /** GET the authorization endpoint, pick the tenant if asked, then post the user and role. */
    static FormResult postSignInForm(JsonNode discovery, String tenant, String userId, String role, Pkce pkce)
            throws Exception {
        String state = Long.toString(RANDOM.nextLong(), 36);
        String nonce = Long.toString(RANDOM.nextLong(), 36);
        String url =
                discovery.path("authorization_endpoint").asText() + "?response_type=code&client_id=benchcrm-console"
                        + "&scope=" + enc("openid profile email") + "&redirect_uri=" + enc(redirectUri) + "&state="
                        + state + "&nonce=" + nonce
                        + "&code_challenge=" + pkce.challenge + "&code_challenge_method=S256";
        HttpResponse<String> page = get(url);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("content-security-policy").orElse(""))
                .contains("frame-ancestors 'none'");
        Document doc = Jsoup.parse(page.body(), url);
        Element form = doc.selectFirst("form");
        if (form.selectFirst("select[name=tenant]") != null) {
            assertThat(form.select("select[name=tenant] option").eachAttr("value"))
                    .contains(tenant, "signin-other");
            Map<String, String> fields = fields(form);
            fields.put("tenant", tenant);
            String next = form.absUrl("action") + "?" + formBody(fields);
            doc = Jsoup.parse(get(next).body(), next);
            form = doc.selectFirst("form");
        }
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.select("input[name=user]").eachAttr("value")).contains(userId);
        Map<String, String> fields = fields(form);
        fields.put("user", userId);
        fields.put("role", role);
        HttpResponse<String> posted = HTTP.send(
                HttpRequest.newBuilder(URI.create(form.absUrl("action")))
                        .header("content-type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(formBody(fields)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (posted.statusCode() == 302) {
            assertThat(posted.headers().firstValue("location").orElseThrow()).contains("state=" + state);
        }
        return new FormResult(posted, nonce, state);
    }

    static String codeFrom(HttpResponse<String> redirect) {
        assertThat(redirect.statusCode()).as(redirect.body()).isEqualTo(302);
        URI location = URI.create(redirect.headers().firstValue("location").orElseThrow());
        assertThat(location.toString()).startsWith(redirectUri + "?");
        return java.util.Arrays.stream(location.getRawQuery().split("&"))
                .filter(p -> p.startsWith("code="))
                .findFirst()
                .orElseThrow()
                .substring(5);
    }

    static HttpResponse<String> exchangeCode(JsonNode discovery, String code, String verifier) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", java.net.URLDecoder.decode(code, StandardCharsets.UTF_8));
        form.put("redirect_uri", redirectUri);
        form.put("client_id", "benchcrm-console");
        form.put("code_verifier", verifier);
        return postForm(discovery.path("token_endpoint").asText(), form);
    }

    static HttpResponse<String> refresh(JsonNode discovery, String refreshToken) throws Exception {
        return postForm(
                discovery.path("token_endpoint").asText(),
                Map.of("grant_type", "refresh_token", "refresh_token", refreshToken, "client_id", "benchcrm-console"));
    }

    static Map<String, String> fields(Element form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[type=hidden]")) {
            fields.put(input.attr("name"), input.attr("value"));
        }
        return fields;
    }

    static HttpResponse<String> postForm(String url, Map<String, String> form) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("content-type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(formBody(form)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String formBody(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(stack.baseUrl() + path)).header("authorization", "Bearer " + token);
        if (body != null) {
            b.header("content-type", "application/json");
        }
        b.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode claims(String jwt) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

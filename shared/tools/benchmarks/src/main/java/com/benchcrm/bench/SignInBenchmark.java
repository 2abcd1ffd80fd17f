package com.benchcrm.bench;

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
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The console's sign-in against {@code ./benchcrm up} (embeddings off), sequential, over loopback:
 * the whole code + PKCE sign-in (authorization page, form post, code for tokens), a refresh, and an
 * API call with the signed-in user's token (its status check cached). Prints p50/p95/max per step;
 * asserts nothing.
 *
 * <pre>shared/tools/benchmarks/run signin [sign-ins=200] [api-calls=2000]</pre>
 */
public final class SignInBenchmark {

    private static final Pattern HIDDEN =
            Pattern.compile("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">");
    private static final SecureRandom RANDOM = new SecureRandom();

    private SignInBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int signIns = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int apiCalls = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        Path home = root.resolve("shared/tools/benchmarks/target/bench/signin-home");
        int port = 3992;
        ProcessBuilder pb = new ProcessBuilder(
                        root.resolve("benchcrm").toString(), "up", "--port", Integer.toString(port), "--smtp-port", "0")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        Files.createDirectories(home).resolve("up.out").toFile()));
        pb.environment().put("BENCHCRM_HOME", home.toString());
        pb.environment().put("BENCHCRM_SKIP_BUILD", "1");
        pb.environment().put("BENCHCRM_EMBEDDINGS", "off");
        Process stack = pb.start();
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String base = "http://127.0.0.1:" + port;
        try {
            waitHealthy(http, base, stack, home);
            String owner = cli(
                    root,
                    home,
                    "token",
                    "--tenant",
                    "signin",
                    "--user",
                    "owner@signin.example",
                    "--role",
                    "Owner",
                    "--port",
                    Integer.toString(port));
            HttpResponse<String> invited = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/v1/users"))
                            .header("authorization", "Bearer " + owner)
                            .header("content-type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"email\":\"rita@signin.example\",\"name\":\"Rita\",\"role\":\"Recruiter\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String user = invited.statusCode() == 201
                    ? invited.body().replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1")
                    : existingUser(http, base, owner, "rita@signin.example");

            List<Long> page = new ArrayList<>();
            List<Long> post = new ArrayList<>();
            List<Long> token = new ArrayList<>();
            List<Long> whole = new ArrayList<>();
            List<Long> refresh = new ArrayList<>();
            String access = null;
            String refreshToken = null;
            for (int i = 0; i < signIns + 20; i++) {
                boolean measured = i >= 20;
                String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
                String challenge = Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(MessageDigest.getInstance("SHA-256")
                                .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
                String redirect = base + "/auth/callback";
                long t0 = System.nanoTime();
                HttpResponse<String> form = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/oidc/authorize?response_type=code"
                                        + "&client_id=benchcrm-console&scope=openid%20profile%20email&state=s" + i
                                        + "&redirect_uri=" + enc(redirect)
                                        + "&code_challenge=" + challenge + "&code_challenge_method=S256&tenant=signin"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                long t1 = System.nanoTime();
                Map<String, String> fields = new LinkedHashMap<>();
                Matcher m = HIDDEN.matcher(form.body());
                while (m.find()) {
                    fields.put(unescape(m.group(1)), unescape(m.group(2)));
                }
                fields.put("user", user);
                fields.put("role", "Recruiter");
                HttpResponse<String> posted = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/oidc/authorize"))
                                .header("content-type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form(fields)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                long t2 = System.nanoTime();
                String location = posted.headers()
                        .firstValue("location")
                        .orElseThrow(() -> new IllegalStateException("sign-in refused: " + posted.statusCode()));
                String code = java.net.URLDecoder.decode(
                        location.replaceAll(".*[?&]code=([^&]+).*", "$1"), StandardCharsets.UTF_8);
                HttpResponse<String> tokens = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/oidc/token"))
                                .header("content-type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                                        "grant_type",
                                        "authorization_code",
                                        "code",
                                        code,
                                        "redirect_uri",
                                        redirect,
                                        "client_id",
                                        "benchcrm-console",
                                        "code_verifier",
                                        verifier))))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                long t3 = System.nanoTime();
                if (tokens.statusCode() != 200) {
                    throw new IllegalStateException("token endpoint: " + tokens.statusCode() + " " + tokens.body());
                }
                access = field(tokens.body(), "access_token");
                refreshToken = field(tokens.body(), "refresh_token");
                if (measured) {
                    page.add(t1 - t0);
                    post.add(t2 - t1);
                    token.add(t3 - t2);
                    whole.add(t3 - t0);
                }
            }
            for (int i = 0; i < signIns; i++) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/oidc/token"))
                                .header("content-type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                                        "grant_type",
                                        "refresh_token",
                                        "refresh_token",
                                        refreshToken,
                                        "client_id",
                                        "benchcrm-console"))))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                refresh.add(System.nanoTime() - t0);
                refreshToken = field(r.body(), "refresh_token");
                access = field(r.body(), "access_token");
            }
            List<Long> api = new ArrayList<>();
            for (int i = 0; i < apiCalls + 200; i++) {
                long t0 = System.nanoTime();
                HttpResponse<Void> r = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/v1/consultants?limit=1"))
                                .header("authorization", "Bearer " + access)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("API: " + r.statusCode());
                }
                if (i >= 200) {
                    api.add(System.nanoTime() - t0);
                }
            }
            System.out.printf(
                    "Console sign-in against ./benchcrm up (embeddings off), sequential over loopback, %d sign-ins after 20 warm-up; "
                            + "load %s%n",
                    signIns, Stats.loadAverage());
            print("authorization page (GET /oidc/authorize)", page);
            print("sign-in form post (POST /oidc/authorize)", post);
            print("code for tokens (POST /oidc/token)", token);
            print("whole sign-in (the three)", whole);
            print("refresh (POST /oidc/token, rotated)", refresh);
            print("GET /v1/consultants?limit=1 with the signed-in token", api);
        } finally {
            stack.destroy();
            if (!stack.waitFor(60, TimeUnit.SECONDS)) {
                stack.destroyForcibly();
            }
        }
    }

    private static void print(String what, List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        System.out.printf(
                "  %-55s n=%d  p50 %.2f ms  p95 %.2f ms  max %.2f ms%n",
                what,
                sorted.size(),
                sorted.get(sorted.size() / 2) / 1e6,
                sorted.get((int) (sorted.size() * 0.95)) / 1e6,
                sorted.get(sorted.size() - 1) / 1e6);
    }

    private static String existingUser(HttpClient http, String base, String owner, String email) throws Exception {
        String body = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/v1/users?limit=200"))
                                .header("authorization", "Bearer " + owner)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher m = Pattern.compile("\"id\":\"([0-9a-f-]{36})\",\"email\":\"" + Pattern.quote(email) + "\"")
                .matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no user " + email);
        }
        return m.group(1);
    }

    private static String field(String json, String name) {
        return json.replaceAll("(?s).*\"" + name + "\":\"([^\"]+)\".*", "$1");
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String unescape(String s) {
        return s.replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    private static String cli(Path root, Path home, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(root.resolve("benchcrm").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("BENCHCRM_HOME", home.toString());
        pb.environment().put("BENCHCRM_SKIP_BUILD", "1");
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("./benchcrm " + String.join(" ", args) + " failed");
        }
        return out;
    }

    private static void waitHealthy(HttpClient http, String base, Process stack, Path home) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!stack.isAlive()) {
                throw new IllegalStateException("the stack exited: " + Files.readString(home.resolve("up.out")));
            }
            try {
                if (http.send(
                                        HttpRequest.newBuilder(URI.create(base + "/health"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // starting
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("not healthy in 180 s");
    }
}

package com.benchcrm.local.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.common.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real {@code ./benchcrm} script, as a newcomer runs it: start, call over HTTP, Ctrl-C (SIGTERM),
 * start again. Runs against the jar that {@code package} just built ({@code BENCHCRM_SKIP_BUILD=1}).
 */
class LauncherIT {

    static final String LAUNCHER = System.getProperty("benchcrm.launcher", "../../../benchcrm");
    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Path home;

    @BeforeEach
    void freshHome() throws IOException {
        Files.createDirectories(Path.of("target"));
        home = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "benchcrm-home-");
    }

    @Test
    void up_servesHealthJwksAndCrudOnLoopback_stopsCleanly_andKeepsDataAcrossRestarts() throws Exception {
        int port = freePort();
        Process first = start("up", "--port", Integer.toString(port), "--smtp-port", Integer.toString(freePort()));
        String kept;
        try {
            awaitHealthy(port, first);
            JsonNode jwks = Json.strict()
                    .readTree(get(port, "/.well-known/jwks.json", null).body());
            assertThat(jwks.path("keys").get(0).path("kty").asText()).isEqualTo("RSA");
            assertThat(jwks.path("keys").get(0).has("d"))
                    .as("no private key material")
                    .isFalse();

            String token = run("token", "--tenant", "launcher-test", "--role", "Recruiter")
                    .trim();
            assertThat(token.split("\\.")).hasSize(3);

            HttpResponse<String> created = post(
                    port,
                    "/v1/consultants",
                    token,
                    "{\"fullName\":\"Kept Person\",\"email\":\"kept@example.com\",\"skills\":[{\"name\":\"Java\"}]}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            kept = Json.strict().readTree(created.body()).path("id").asText();
            HttpResponse<String> temp = post(port, "/v1/consultants", token, "{\"fullName\":\"Temp Person\"}");
            String tempId = Json.strict().readTree(temp.body()).path("id").asText();

            assertThat(get(port, "/v1/consultants/" + kept, token).statusCode()).isEqualTo(200);
            HttpResponse<String> patched = send(HttpRequest.newBuilder(uri(port, "/v1/consultants/" + kept))
                    .header("authorization", "Bearer " + token)
                    .header("content-type", "application/merge-patch+json")
                    .header("if-match", "\"1\"")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"title\":\"Architect\"}"))
                    .build());
            assertThat(patched.statusCode()).isEqualTo(200);
            assertThat(patched.headers().firstValue("etag")).contains("\"2\"");
            HttpResponse<String> deleted = send(HttpRequest.newBuilder(uri(port, "/v1/consultants/" + tempId))
                    .header("authorization", "Bearer " + token)
                    .DELETE()
                    .build());
            assertThat(deleted.statusCode()).isEqualTo(204);
            assertThat(get(port, "/v1/consultants/" + tempId, token).statusCode())
                    .isEqualTo(404);
            HttpResponse<String> unauthenticated = get(port, "/v1/consultants", null);
            assertThat(unauthenticated.statusCode()).isEqualTo(401);
            assertThat(unauthenticated.headers().firstValue("content-type")).contains("application/problem+json");

            // events: a webhook to a receiver on loopback gets the next change, signed; the tail shows it
            String owner =
                    run("token", "--tenant", "launcher-test", "--role", "Owner").trim();
            java.util.List<String> deliveries = new java.util.concurrent.CopyOnWriteArrayList<>();
            com.sun.net.httpserver.HttpServer receiver = com.sun.net.httpserver.HttpServer.create(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
            receiver.createContext("/hook", exchange -> {
                deliveries.add(exchange.getRequestHeaders().getFirst("webhook-signature") + " "
                        + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            receiver.start();
            try {
                HttpResponse<String> hook = post(
                        port,
                        "/v1/webhooks",
                        owner,
                        "{\"url\":\"http://127.0.0.1:" + receiver.getAddress().getPort()
                                + "/hook\",\"eventTypes\":[\"ConsultantUpserted\"]}");
                assertThat(hook.statusCode()).as(hook.body()).isEqualTo(201);
                HttpResponse<String> watched =
                        post(port, "/v1/consultants", token, "{\"fullName\":\"Watched Person\"}");
                String watchedId =
                        Json.strict().readTree(watched.body()).path("id").asText();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (deliveries.stream().noneMatch(d -> d.contains(watchedId)) && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                assertThat(deliveries)
                        .anySatisfy(d -> assertThat(d)
                                .startsWith("v1,")
                                .contains(watchedId)
                                .contains("ConsultantUpserted"));
            } finally {
                receiver.stop(0);
            }
            String tail = run("events", "tail", "--tenant", "launcher-test", "--lines", "50", "--no-follow");
            assertThat(tail)
                    .contains("launcher-test")
                    .contains("ConsultantUpserted v1")
                    .contains("ConsultantDeleted v1");

            for (InetAddress address : nonLoopbackAddresses()) {
                assertThat(canConnect(address, port))
                        .as("listening on " + address)
                        .isFalse();
            }
            int sqsPort =
                    Integer.parseInt(java.nio.file.Files.readAllLines(home.resolve("run/stack.properties")).stream()
                            .filter(l -> l.startsWith("sqs.port="))
                            .findFirst()
                            .orElseThrow()
                            .substring("sqs.port=".length()));
            assertThat(canConnect(InetAddress.getLoopbackAddress(), sqsPort))
                    .as("ElasticMQ on loopback")
                    .isTrue();
            for (InetAddress address : nonLoopbackAddresses()) {
                assertThat(canConnect(address, sqsPort))
                        .as("ElasticMQ listening on " + address)
                        .isFalse();
            }
        } finally {
            stop(first);
        }
        assertThat(first.exitValue()).as("SIGTERM is an orderly stop").isZero();
        assertThat(Files.readString(home.resolve("launcher.out"))).containsPattern("Stopped in \\d+\\.\\d s\\.");
        assertThat(canConnect(InetAddress.getLoopbackAddress(), port)).isFalse();
        assertThat(home.resolve("postgres/data/postmaster.pid")).doesNotExist();
        assertThat(home.resolve("run/stack.properties")).doesNotExist();

        Process second = start("up", "--port", Integer.toString(port), "--smtp-port", Integer.toString(freePort()));
        try {
            awaitHealthy(port, second);
            String token = run("token", "--tenant", "launcher-test", "--role", "ReadOnly")
                    .trim();
            HttpResponse<String> again = get(port, "/v1/consultants/" + kept, token);
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(Json.strict().readTree(again.body()).path("title").asText())
                    .isEqualTo("Architect");
            assertThat(post(port, "/v1/consultants", token, "{\"fullName\":\"No Write\"}")
                            .statusCode())
                    .isEqualTo(403);
        } finally {
            stop(second);
        }
    }

    @Test
    void up_mailToATenantsIngestAddress_becomesRequirements_ingestCommandDoesTheSame_unknownTenantIsDeadLettered()
            throws Exception {
        int port = freePort();
        int smtpPort = freePort();
        Process stack = start("up", "--port", Integer.toString(port), "--smtp-port", Integer.toString(smtpPort));
        try {
            awaitHealthy(port, stack);
            String token =
                    run("token", "--tenant", "mail-test", "--role", "Recruiter").trim();

            SmtpClient.send(
                    smtpPort,
                    "pat@vendor-six.example.com",
                    "mail-test@ingest.localhost",
                    DemoLoader.sampleMail("hot-list.eml"));
            HttpResponse<String> listed = get(port, "/v1/requirements?limit=10", token);
            assertThat(Json.strict().readTree(listed.body()).path("items").findValuesAsText("title"))
                    .containsExactlyInAnyOrder("Python Developer", "QA Automation Engineer", "Business Analyst");
            try (var raw = Files.walk(home.resolve("mail/raw/mail-test"))) {
                assertThat(raw.filter(Files::isRegularFile).count())
                        .as("the raw message is kept")
                        .isEqualTo(1);
            }

            Path eml = home.resolve("plain.eml");
            Files.write(eml, DemoLoader.sampleMail("plain-requirement.eml"));
            String printed = run("ingest", eml.toString(), "--tenant", "mail-test");
            assertThat(printed).contains("INGESTED").contains("created").contains("Java Developer");
            String again = run("ingest", eml.toString(), "--tenant", "mail-test");
            assertThat(again).contains("received before");

            SmtpClient.send(
                    smtpPort,
                    "x@vendor.example.com",
                    "nobody-here@ingest.localhost",
                    DemoLoader.sampleMail("plain-requirement.eml"));
            try (var letters = Files.list(home.resolve("dlq"))) {
                assertThat(letters.map(p -> {
                                    try {
                                        return Files.readString(p);
                                    } catch (IOException e) {
                                        throw new java.io.UncheckedIOException(e);
                                    }
                                })
                                .toList())
                        .anySatisfy(
                                l -> assertThat(l).contains("unknown-tenant").contains("raw/nobody-here/"));
            }
            assertThatThrownByRelay(smtpPort);
            for (InetAddress address : nonLoopbackAddresses()) {
                assertThat(canConnect(address, smtpPort))
                        .as("SMTP listening on " + address)
                        .isFalse();
            }
        } finally {
            stop(stack);
        }
        assertThat(canConnect(InetAddress.getLoopbackAddress(), smtpPort))
                .as("SMTP stopped")
                .isFalse();
    }

    private static void assertThatThrownByRelay(int smtpPort) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SmtpClient.send(
                        smtpPort,
                        "x@vendor.example.com",
                        "someone@elsewhere.example.com",
                        "Subject: x\r\n\r\ny".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("SMTP server answered: 5");
    }

    @Test
    void tenantAndToken_withoutARunningStack_startAndStopTheirOwnDatabase() throws Exception {
        String id = run("tenant", "create", "solo-tenant").trim();
        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(run("tenant", "create", "solo-tenant").trim()).isEqualTo(id);
        String token = run("token", "--tenant", "solo-tenant", "--role", "Owner", "--user", "owner@example.com")
                .trim();
        String payload =
                new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        JsonNode claims = Json.strict().readTree(payload);
        assertThat(claims.path("tenant_id").asText()).isEqualTo(id);
        assertThat(claims.path("roles").get(0).asText()).isEqualTo("Owner");
        assertThat(claims.path("iss").asText()).isEqualTo("http://127.0.0.1:3000");
        assertThat(home.resolve("postgres/data/postmaster.pid")).doesNotExist();
    }

    @Test
    void badArguments_areRefusedWithAMessage() throws Exception {
        Process p = process("token", "--tenant", "Not A Slug").start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).isNotZero();
        assertThat(err).contains("tenant slug");
    }

    private Process start(String... args) throws IOException {
        return process(args)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        home.resolve("launcher.out").toFile()))
                .start();
    }

    private String run(String... args) throws Exception {
        Process p = process(args)
                .redirectError(ProcessBuilder.Redirect.appendTo(
                        home.resolve("commands.err").toFile()))
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue())
                .as(Files.exists(home.resolve("commands.err")) ? Files.readString(home.resolve("commands.err")) : "")
                .isZero();
        return out;
    }

    private ProcessBuilder process(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(LAUNCHER).toAbsolutePath().toString());
        Collections.addAll(command, args);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("BENCHCRM_HOME", home.toString());
        pb.environment().put("BENCHCRM_SKIP_BUILD", "1");
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return pb;
    }

    private void awaitHealthy(int port, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the stack exited early: " + Files.readString(home.resolve("launcher.out")));
            }
            try {
                if (get(port, "/health", null).statusCode() == 200) {
                    return;
                }
            } catch (ConnectException | java.net.http.HttpConnectTimeoutException e) {
                // not yet listening
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not healthy within 120 s: " + Files.readString(home.resolve("launcher.out")));
    }

    private void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the stack did not stop within 60 s of SIGTERM");
        }
    }

    private HttpResponse<String> get(int port, String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(port, path)).GET();
        if (token != null) {
            b.header("authorization", "Bearer " + token);
        }
        return send(b.build());
    }

    private HttpResponse<String> post(int port, String path, String token, String body)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(port, path))
                .header("authorization", "Bearer " + token)
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static boolean canConnect(InetAddress address, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(address, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<InetAddress> nonLoopbackAddresses() throws IOException {
        List<InetAddress> out = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                Collections.list(nic.getInetAddresses()).stream()
                        .filter(a -> a instanceof Inet4Address)
                        .forEach(out::add);
            }
        }
        return out;
    }
}

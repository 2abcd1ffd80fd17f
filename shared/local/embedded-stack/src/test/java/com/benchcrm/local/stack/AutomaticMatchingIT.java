package com.benchcrm.local.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.common.Json;
import com.benchcrm.security.Role;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.tenancy.TenantSlug;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded stack wired for matching, in-process: consultants created through the HTTP API are
 * embedded by the {@code embed} function, and a requirement created through the API is matched by
 * the {@code match} function without anyone asking: a match run is stored with its recommendations,
 * the HTTP API (same process, same model and index) serves it, and {@code RecommendationsReady} is
 * relayed to the bus (the event archive).
 */
class AutomaticMatchingIT {

    static EmbeddedStack stack;
    static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeAll
    static void start() throws Exception {
        Files.createDirectories(Path.of("target"));
        Path home = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "benchcrm-matching-");
        stack = EmbeddedStack.start(new StackHome(home), 0, 0);
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void requirementCreatedThroughTheApi_isMatchedAutomatically_runStoredAndRecommendationsReadyRouted()
            throws Exception {
        assertThat(stack.matching()).isTrue();
        TenantSlug slug = new TenantSlug("auto-match");
        String token = stack.admin().token(slug, "recruiter@example.com", Role.Recruiter, Duration.ofHours(1));
        TenantId tenant = stack.admin().find(slug).orElseThrow();
        String java = id(post("/v1/consultants", token, """
                {"fullName":"Jordan Java","title":"Senior Java Developer","summary":"Spring Boot and Kafka services.",
                 "skills":[{"name":"Java","years":9},{"name":"Spring Boot","years":6},{"name":"Kafka","years":3}]}"""));
        String nurse = id(post("/v1/consultants", token, """
                {"fullName":"Nico Nurse","title":"Registered Nurse","summary":"ICU and emergency care.","skills":[{"name":"ICU"}]}"""));
        await(
                Duration.ofSeconds(60),
                "the consultants are embedded",
                () -> unpublished(tenant) == 0 && stack.queueIdle("embed"));

        String requirement = id(post("/v1/requirements", token, """
                {"title":"Java Developer with Kafka","description":"Java 17, Spring Boot, Kafka.",
                 "skills":[{"name":"Java","required":true},{"name":"Kafka","required":true}]}"""));

        Row run = await(
                Duration.ofSeconds(60),
                "a match run for the requirement",
                () -> stack.appSql()
                        .inTenant(
                                tenant,
                                s -> s.queryOne(
                                        "select id, trigger from match_run where requirement_id = :r",
                                        SqlParams.of("r", UUID.fromString(requirement)))));
        assertThat(run.string("trigger")).isEqualTo("REQUIREMENT_IMPORTED");
        List<String> ranked = stack
                .appSql()
                .inTenant(
                        tenant,
                        s -> s.query(
                                "select consultant_id from recommendation where match_run_id = :run order by rank",
                                SqlParams.of("run", run.uuid("id"))))
                .stream()
                .map(r -> r.uuid("consultant_id").toString())
                .toList();
        assertThat(ranked).first().isEqualTo(java);
        assertThat(ranked).hasSizeLessThanOrEqualTo(2).endsWith(ranked.contains(nurse) ? nurse : java);
        HttpResponse<String> latest = HTTP.send(
                HttpRequest.newBuilder(
                                URI.create(stack.baseUrl() + "/v1/requirements/" + requirement + "/recommendations"))
                        .header("authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(latest.statusCode()).as(latest.body()).isEqualTo(200);
        JsonNode body = Json.read(latest.body(), JsonNode.class);
        assertThat(body.path("trigger").asText()).isEqualTo("requirement_imported");
        assertThat(body.path("items").findValuesAsText("consultantId")).isEqualTo(ranked);
        JsonNode ready =
                await(Duration.ofSeconds(30), "RecommendationsReady on the bus", () -> readyEvent(requirement));
        assertThat(ready.path("detail").path("tenant").asText())
                .isEqualTo(tenant.value().toString());
        assertThat(ready.path("detail").path("data").path("matchRunId").asText())
                .isEqualTo(run.uuid("id").toString());
        assertThat(ready.path("detail").path("data").path("count").asInt()).isEqualTo(ranked.size());
    }

    static Optional<JsonNode> readyEvent(String requirement) {
        try (var lines = Files.lines(stack.home().eventArchive())) {
            return lines.map(l -> Json.read(l, JsonNode.class))
                    .filter(e -> e.path("detail-type").asText().equals("RecommendationsReady")
                            && e.path("detail")
                                    .path("data")
                                    .path("requirementId")
                                    .asText()
                                    .equals(requirement))
                    .findFirst();
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    static long unpublished(TenantId tenant) {
        return stack.appSql()
                .inTenant(
                        tenant,
                        s -> s.queryOne(
                                "select count(*) as n from outbox where published_at is null", SqlParams.none()))
                .orElseThrow()
                .longValue("n");
    }

    static HttpResponse<String> post(String path, String token, String body) throws Exception {
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(stack.baseUrl() + path))
                        .header("authorization", "Bearer " + token)
                        .header("content-type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return r;
    }

    static String id(HttpResponse<String> created) {
        return Json.read(created.body(), JsonNode.class).path("id").asText();
    }

    static void await(Duration timeout, String what, java.util.function.BooleanSupplier condition)
            throws InterruptedException {
        await(timeout, what, () -> condition.getAsBoolean() ? Optional.of(true) : Optional.<Boolean>empty());
    }

    static <T> T await(Duration timeout, String what, Supplier<Optional<T>> value) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<T> v = value.get();
            if (v.isPresent()) {
                return v.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not within " + timeout + ": " + what);
    }
}

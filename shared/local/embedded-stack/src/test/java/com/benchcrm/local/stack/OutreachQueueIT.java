package com.benchcrm.local.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.security.Role;
import com.benchcrm.tenancy.TenantSlug;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The send queue in the embedded stack (ADR 0095): an approval through the HTTP API queues on the
 * ElasticMQ {@code outreach} queue and returns; the {@code outreachSender} function, behind its local
 * SQS event source, writes the .eml under the stack's home, once, and the sent-mail route lists it.
 */
class OutreachQueueIT {

    static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    static final ObjectMapper JSON = new ObjectMapper();

    static EmbeddedStack stack;
    static String token;

    @BeforeAll
    static void start() throws Exception {
        Files.createDirectories(Path.of("target"));
        Path home = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "benchcrm-outreach-");
        stack = EmbeddedStack.start(new StackHome(home), 0, 0);
        token = stack.admin()
                .token(new TenantSlug("outreach-acme"), "owner@acme.example", Role.Owner, Duration.ofHours(1));
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void approval_queuesOnSqs_andTheWorkerWritesEachMailOnce_listedAsSent() throws Exception {
        ok(send("PUT", "/v1/settings/marketing", sample("settings-marketing-put")), 200);
        ObjectNode consultant = sample("consultants-create");
        consultant.put("externalId", "bench-" + UUID.randomUUID());
        String consultantId =
                ok(send("POST", "/v1/consultants", consultant), 201).path("id").asText();
        ObjectNode hot = sample("hot-lists-create");
        hot.putArray("consultantIds").add(consultantId);
        hot.remove("filter");
        String hotList = ok(send("POST", "/v1/hot-lists", hot), 201).path("id").asText();
        var list = sample("distribution-lists-create");
        var ids = list.putArray("contactIds");
        String[] addresses = {"one@vendor.example", "two@vendor.example"};
        for (String address : addresses) {
            ObjectNode contact = sample("contacts-create");
            contact.put("email", address).remove("companyId");
            String id =
                    ok(send("POST", "/v1/contacts", contact), 201).path("id").asText();
            ok(send("PUT", "/v1/contacts/" + id + "/consent", sample("contacts-consent-put")), 200);
            ids.add(id);
        }
        String listId =
                ok(send("POST", "/v1/distribution-lists", list), 201).path("id").asText();
        ObjectNode draft = JSON.createObjectNode().put("hotListId", hotList).put("distributionListId", listId);
        String draftId =
                ok(send("POST", "/v1/outreach/drafts", draft), 201).path("id").asText();

        JsonNode approved = ok(send("POST", "/v1/outreach/drafts/" + draftId + "/approve", null), 200);
        assertThat(approved.path("queued").asInt()).isEqualTo(2);

        JsonNode sent = null;
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until) {
            sent = ok(send("GET", "/v1/outreach/sent", null), 200).path("items");
            if (sent.size() >= 2) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(sent).isNotNull();
        assertThat(sent.findValuesAsText("recipient")).containsExactlyInAnyOrder(addresses);
        Path tenantDir;
        try (var dirs = Files.list(stack.home().sentMail())) {
            tenantDir = dirs.findFirst().orElseThrow();
        }
        try (var files = Files.list(tenantDir)) {
            assertThat(files.filter(f -> f.toString().endsWith(".eml")).count()).isEqualTo(2);
        }
        for (JsonNode m : sent) {
            assertThat(Files.readString(
                            stack.home().sentMail().resolve(m.path("location").asText())))
                    .contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
                    .contains("Message-ID: " + m.path("messageId").asText());
        }
    }

    static JsonNode ok(HttpResponse<String> r, int status) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return r.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(r.body());
    }

    /** The body of a sample event of events/http-api/. */
    static ObjectNode sample(String name) throws Exception {
        Path root = Path.of(System.getProperty("benchcrm.repo.root", "../../.."));
        JsonNode event =
                JSON.readTree(root.resolve("events/http-api/" + name + ".json").toFile());
        return (ObjectNode) JSON.readTree(event.path("body").asText());
    }

    static HttpResponse<String> send(String method, String path, JsonNode body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(stack.baseUrl() + path))
                .header("authorization", "Bearer " + token)
                .header("idempotency-key", UUID.randomUUID().toString());
        if (body != null) {
            b.header("content-type", "application/json");
        }
        b.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}

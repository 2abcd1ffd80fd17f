package com.benchcrm.function.httpapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.security.Role;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Unauthenticated mail cannot change a consultant (issue 11 item 6), through the Lambda entry point:
 * a raw message whose attached resume names an existing consultant's e-mail (the inbox import route,
 * the same path as mail to the ingest address) leaves the consultant as it was and lists a pending
 * change; approve applies it, reject refuses it, both audited; another tenant sees none of it; every
 * response as the OpenAPI document describes it.
 */
class PendingChangesContractIT {

    static final OpenApiDocument DOC = OpenApiDocument.load();
    final ApiTestStack stack = ApiTestStack.get();

    @Test
    void mailedResume_forAnExistingConsultant_isPending_approveAppliesIt_andAuditsIt() {
        ApiTestStack.TestTenant tenant = stack.newTenant("pending");
        String recruiter = stack.token(tenant, Role.Recruiter);
        String email = "avery." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String consultant = createConsultant(recruiter, email);

        JsonNode report = exchange(inbox(recruiter, email)).body();
        assertThat(report.path("consultants").get(0).asText()).isEqualTo(consultant);

        ApiResponse before = exchange(ApiEvent.load("consultants-get").token(recruiter).id(consultant));
        assertThat(before.body().path("title").isMissingNode() || before.body().path("title").isNull()).as("unchanged").isTrue();
        assertThat(before.body().path("version").asLong()).isEqualTo(1);
        ApiResponse list = exchange(ApiEvent.load("consultants-pending-changes").token(stack.token(tenant, Role.ReadOnly)).id(consultant));
        assertThat(list.status()).isEqualTo(200);
        JsonNode change = list.body().path("items").get(0);
        assertThat(change.path("status").asText()).isEqualTo("PENDING");
        assertThat(change.path("source").asText()).isEqualTo("EMAIL");
        assertThat(change.path("proposed").path("title").asText()).isEqualTo("Lead Java Developer");

        ApiResponse approved = exchange(ApiEvent.load("consultants-pending-change-approve").token(recruiter)
                .path("/v1/consultants/" + consultant + "/pending-changes/" + change.path("id").asText() + "/approve"));

        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.body().path("title").asText()).isEqualTo("Lead Java Developer");
        assertThat(approved.header("etag")).isEqualTo("\"2\"");
        ApiResponse again = exchange(ApiEvent.load("consultants-pending-change-approve").token(recruiter)
                .path("/v1/consultants/" + consultant + "/pending-changes/" + change.path("id").asText() + "/approve"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problemType()).isEqualTo("change-decided");
        ApiResponse audit = stack.invoke(ApiEvent.load("audit-logs").token(stack.token(tenant, Role.Admin)).query("entity", "consultant"));
        assertThat(audit.rawBody()).contains("consultant.change-proposed").contains("consultant.change-approved");
    }

    @Test
    void reject_keepsTheConsultant_readOnlyCannotDecide_anotherTenantSeesNothing() {
        ApiTestStack.TestTenant tenant = stack.newTenant("pending-rej");
        ApiTestStack.TestTenant other = stack.newTenant("pending-other");
        String recruiter = stack.token(tenant, Role.Recruiter);
        String email = "blake." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String consultant = createConsultant(recruiter, email);
        exchange(inbox(recruiter, email));
        String changeId = exchange(ApiEvent.load("consultants-pending-changes").token(recruiter).id(consultant)).body()
                .path("items").get(0).path("id").asText();
        String rejectPath = "/v1/consultants/" + consultant + "/pending-changes/" + changeId + "/reject";

        ApiResponse readOnly = exchange(ApiEvent.load("consultants-pending-change-reject").token(stack.token(tenant, Role.ReadOnly))
                .path(rejectPath));
        ApiResponse stranger = exchange(ApiEvent.load("consultants-pending-changes").token(stack.token(other, Role.Admin)).id(consultant));
        ApiResponse strangerReject = exchange(ApiEvent.load("consultants-pending-change-reject").token(stack.token(other, Role.Admin))
                .path(rejectPath));
        ApiResponse rejected = exchange(ApiEvent.load("consultants-pending-change-reject").token(recruiter).path(rejectPath));

        assertThat(readOnly.status()).isEqualTo(403);
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(strangerReject.status()).isEqualTo(404);
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.body().path("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.body().path("decisionReason").asText()).isEqualTo("not the same person");
        assertThat(exchange(ApiEvent.load("consultants-get").token(recruiter).id(consultant)).body().path("version").asLong()).isEqualTo(1);
    }

    private String createConsultant(String token, String email) {
        ObjectNode body = ApiEvent.load("consultants-create").bodyJson();
        body.put("externalId", "pc-" + UUID.randomUUID()).put("email", email).remove("title");
        body.putArray("skills").addObject().put("name", "Java");
        ApiResponse r = stack.invoke(ApiEvent.load("consultants-create").token(token).withoutHeader("idempotency-key").body(body));
        assertThat(r.status()).isEqualTo(201);
        return r.id();
    }

    /** A raw message from an unknown sender whose attached resume names {@code email}. */
    private static ApiEvent inbox(String token, String email) {
        String resume = "Avery Example\nLead Java Developer\nDallas, TX | " + email + " | 555-010-0142\n\n"
                + "TECHNICAL SKILLS\nLanguages: Java, Python\nFrameworks: Spring Boot, Hibernate\nMessaging: Kafka\n";
        String raw = "From: Someone <someone@unknown.example>\r\nTo: acme@ingest.example.com\r\nSubject: Profile for your review\r\n"
                + "Message-ID: <" + UUID.randomUUID() + "@unknown.example>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
                + "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPlease find the resume attached.\r\n"
                + "--b1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Disposition: attachment; filename=\"resume.txt\"\r\n\r\n"
                + resume.replace("\n", "\r\n") + "\r\n--b1--\r\n";
        return ApiEvent.load("requirements-create").withoutHeader("idempotency-key").token(token).method("POST")
                .path("/v1/integrations/inbox/import").header("content-type", "message/rfc822")
                .base64Body(raw.getBytes(StandardCharsets.UTF_8));
    }

    private ApiResponse exchange(ApiEvent event) {
        ApiResponse r = stack.invoke(event);
        try {
            JsonNode e = ApiEvent.JSON.readTree(event.bytes());
            String method = e.path("requestContext").path("http").path("method").asText();
            String template = DOC.pathTemplateOf(e.path("rawPath").asText()).orElse(null);
            DOC.assertHttpResponse(method, template, r.status(), r.headers(), r.rawBody());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return r;
    }
}

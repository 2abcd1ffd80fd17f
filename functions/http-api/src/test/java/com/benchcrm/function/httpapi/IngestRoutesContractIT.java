package com.benchcrm.function.httpapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.documents.text.TestDocuments;
import com.benchcrm.security.Role;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /v1/ai/extract}, {@code POST /v1/integrations/inbox/import} and
 * {@code POST /v1/consultants/import} through the real Lambda entry point, every response checked
 * against the OpenAPI document.
 */
class IngestRoutesContractIT {

    static final OpenApiDocument DOC = OpenApiDocument.load();
    static ApiTestStack stack;
    static ApiTestStack.TestTenant tenant;
    static String recruiter;

    @BeforeAll
    static void setUp() {
        stack = ApiTestStack.get();
        tenant = stack.newTenant("ingest");
        recruiter = stack.token(tenant, Role.Recruiter);
    }

    // ----------------------------------------------------------------------------- extraction

    @Test
    void extract_requirementText_fieldsWithTheirSources() {
        ApiResponse r = exchange(post("/v1/ai/extract", recruiter)
                .header("content-type", "application/json")
                .body(
                        "{\"schema_name\": \"requirement\", \"text\": \"Role: Sr. Java Developer\\nLocation: Dallas, TX (Hybrid)\\n"
                                + "Duration: 12 months\\nSkills: Java, Spring Boot, k8s\"}"));

        assertThat(r.status()).isEqualTo(200);
        JsonNode req = r.body().path("requirements").get(0);
        assertThat(req.path("normalizedTitle").path("value").asText()).isEqualTo("Java Developer");
        assertThat(req.path("title").path("source").asText()).isEqualTo("Role: Sr. Java Developer");
        assertThat(req.path("skills").findValuesAsText("name")).containsExactly("Java", "Spring Boot", "Kubernetes");
        assertThat(req.path("workMode").path("value").asText()).isEqualTo("HYBRID");
        assertThat(r.body().path("engine").asText()).isEqualTo("rules");
    }

    @Test
    void extract_resume_needsConsultantWrite() {
        String text = resource("events/email-ingest/resumes/avery-example.txt");
        String body = "{\"schema_name\": \"resume\", \"text\": " + ApiEvent.JSON.valueToTree(text) + "}";

        ApiResponse ok = exchange(post("/v1/ai/extract", recruiter)
                .header("content-type", "application/json")
                .body(body));
        ApiResponse sales = exchange(post("/v1/ai/extract", stack.token(tenant, Role.Sales))
                .header("content-type", "application/json")
                .body(body));

        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.body().path("resume").path("fullName").path("value").asText())
                .isEqualTo("Avery Example");
        assertThat(sales.status()).isEqualTo(403);
    }

    @Test
    void extract_badSchemaNameOrEmptyText_is422ListingBoth() {
        ApiResponse r = exchange(post("/v1/ai/extract", recruiter)
                .header("content-type", "application/json")
                .body("{\"schema_name\": \"invoice\", \"text\": \" \"}"));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body().path("errors").findValuesAsText("pointer"))
                .containsExactlyInAnyOrder("/schema_name", "/text");
    }

    // ---------------------------------------------------------------------------------- inbox

    @Test
    void inboxImport_rawMessage_requirementsCreated_sameMessageAgainIsAReplay() {
        ApiTestStack.TestTenant own = stack.newTenant("inbox");
        String token = stack.token(own, Role.Recruiter);
        byte[] raw = resourceBytes("events/email-ingest/mail/hot-list.eml");

        ApiResponse first = exchange(post("/v1/integrations/inbox/import", token)
                .header("content-type", "message/rfc822")
                .base64Body(raw));
        ApiResponse again = exchange(post("/v1/integrations/inbox/import", token)
                .header("content-type", "message/rfc822")
                .base64Body(raw));

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().path("kind").asText()).isEqualTo("REQUIREMENT");
        assertThat(first.body().path("outcome").asText()).isEqualTo("IMPORTED");
        assertThat(first.body().path("requirements").findValuesAsText("title"))
                .containsExactly("Python Developer", "QA Automation Engineer", "Business Analyst");
        assertThat(again.body().path("replayed").asBoolean()).isTrue();
        String id = first.body().path("requirements").get(0).path("id").asText();
        ApiResponse got =
                exchange(ApiEvent.load("requirements-get").token(token).id(id));
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.body().path("skills").findValuesAsText("name")).contains("Python", "Django");
    }

    @Test
    void inboxImport_sameRequirementFromTwoVendors_filesEachVendorAndContact_linksTheChain_andTheSourcesShowBoth() {
        ApiTestStack.TestTenant own = stack.newTenant("chain");
        String token = stack.token(own, Role.Recruiter);
        byte[] first = resourceBytes("events/email-ingest/mail/plain-requirement.eml");
        byte[] second = new String(first, StandardCharsets.UTF_8)
                .replace(
                        "Jordan Vendor <jordan.vendor@vendor-one.example.com>",
                        "Sam Second <sam@vendor-two.example.com>")
                .replace("req-java-dallas-1@vendor-one.example.com", "req-0042@vendor-two.example.com")
                .replace("Rate: $65/hr on C2C", "Rate: $62/hr on C2C")
                .replace("Jordan Vendor\nVendor One Staffing", "Sam Second\nVendor Two Partners")
                .getBytes(StandardCharsets.UTF_8);

        ApiResponse a = exchange(post("/v1/integrations/inbox/import", token)
                .header("content-type", "message/rfc822")
                .base64Body(first));
        ApiResponse b = exchange(post("/v1/integrations/inbox/import", token)
                .header("content-type", "message/rfc822")
                .base64Body(second));
        String id = a.body().path("requirements").get(0).path("id").asText();

        assertThat(b.body().path("outcome").asText()).isEqualTo("MERGED");
        ApiResponse sources =
                exchange(ApiEvent.load("requirements-sources").token(token).id(id));
        assertThat(sources.body().path("vendorCount").asInt()).isEqualTo(2);
        assertThat(sources.body().path("items").findValuesAsText("vendorEmail"))
                .containsExactly("jordan.vendor@vendor-one.example.com", "sam@vendor-two.example.com");
        assertThat(sources.body().path("items").findValuesAsText("vendorCompanyId"))
                .hasSize(2)
                .doesNotHaveDuplicates();
        assertThat(sources.body().path("items").findValuesAsText("vendorName"))
                .as("a signature copied from another sender's mail does not name this sender")
                .containsExactly("Jordan Vendor", "Sam Second");
        assertThat(sources.body().path("items").findValuesAsText("chainDepth")).containsOnly("1");
        assertThat(sources.body()
                        .path("items")
                        .get(1)
                        .path("rateOffered")
                        .path("amount")
                        .decimalValue())
                .isEqualByComparingTo("62");
        ApiResponse requirement =
                exchange(ApiEvent.load("requirements-get").token(token).id(id));
        assertThat(requirement.body().path("vendorCount").asInt()).isEqualTo(2);
        String client = requirement.body().path("chain").path("endClientId").asText();
        String vendor = requirement.body().path("chain").path("vendorCompanyId").asText();
        assertThat(exchange(ApiEvent.load("companies-get").token(token).id(client))
                        .body()
                        .path("name")
                        .asText())
                .isEqualTo("Example Bank");
        ApiResponse vendorOne =
                exchange(ApiEvent.load("companies-get").token(token).id(vendor));
        assertThat(vendorOne.body().path("domain").asText()).isEqualTo("vendor-one.example.com");
        assertThat(vendorOne.body().path("kinds").toString()).isEqualTo("[\"VENDOR\"]");
        ApiResponse contacts =
                exchange(ApiEvent.load("contacts-list").token(token).noQuery().query("companyId", vendor));
        assertThat(contacts.body().path("items").findValuesAsText("email"))
                .containsExactly("jordan.vendor@vendor-one.example.com");
    }

    @Test
    void inboxImport_newsletter_isFiled_notARequirement() {
        ApiResponse r = exchange(post("/v1/integrations/inbox/import", recruiter)
                .header("content-type", "message/rfc822")
                .base64Body(resourceBytes("events/email-ingest/mail/newsletter.eml")));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().path("kind").asText()).isEqualTo("NEWSLETTER");
        assertThat(r.body().path("outcome").asText()).isEqualTo("FILED");
        assertThat(r.body().path("requirements")).isEmpty();
    }

    @Test
    void inboxImport_wrongMediaTypeOrRole_is415Or403() {
        assertThat(exchange(post("/v1/integrations/inbox/import", recruiter)
                                .header("content-type", "application/json")
                                .body("{}"))
                        .status())
                .isEqualTo(415);
        assertThat(exchange(post("/v1/integrations/inbox/import", stack.token(tenant, Role.ReadOnly))
                                .header("content-type", "message/rfc822")
                                .body("Subject: x\r\n\r\ny"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void inboxImport_overTenMebibytes_is413() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');

        ApiResponse r = exchange(post("/v1/integrations/inbox/import", recruiter)
                .header("content-type", "message/rfc822")
                .base64Body(big));

        assertThat(r.status()).isEqualTo(413);
    }

    @Test
    void inboxImport_mailWithAZipBombResume_isRecordedWithItsReason_notACrash() {
        String bomb =
                java.util.Base64.getMimeEncoder().encodeToString(TestDocuments.docxWithJunk(200L * 1024 * 1024, 0));
        String mail =
                "From: Pat Vendor <pat@vendor-bomb.example.com>\r\nTo: ingest@ingest.localhost\r\nSubject: Profile for your role\r\n"
                        + "Message-ID: <bomb-1@vendor-bomb.example.com>\r\nMIME-Version: 1.0\r\n"
                        + "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\nPlease find the resume attached.\r\n"
                        + "--b1\r\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name=\"resume.docx\"\r\n"
                        + "Content-Disposition: attachment; filename=\"resume.docx\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                        + bomb
                        + "\r\n--b1--\r\n";

        ApiResponse r = exchange(post("/v1/integrations/inbox/import", recruiter)
                .header("content-type", "message/rfc822")
                .body(mail));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().toString()).contains("unzips to over 20 MiB");
    }

    // -------------------------------------------------------------------------------- resumes

    @Test
    void consultantImport_textPdfAndDocx_createThenUpdateByEmail() {
        ApiTestStack.TestTenant own = stack.newTenant("cv");
        String token = stack.token(own, Role.Recruiter);
        byte[] pdf = TestDocuments.pdf(List.of(
                "Jamie Sample",
                "Lead QA Engineer",
                "jamie.sample@example.com",
                "Location: Denver, CO",
                "Skills: Selenium, Java, Cucumber, Jenkins"));
        byte[] docx =
                TestDocuments.docx(List.of("Jamie Sample", "jamie.sample@example.com", "Skills: Playwright, k8s"));

        ApiResponse text = exchange(post("/v1/consultants/import", token)
                .header("content-type", "text/plain; charset=utf-8")
                .body(resource("events/email-ingest/resumes/avery-example.txt")));
        ApiResponse created = exchange(post("/v1/consultants/import", token)
                .header("content-type", "application/pdf")
                .base64Body(pdf));
        ApiResponse updated = exchange(post("/v1/consultants/import", token)
                .header("content-type", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .base64Body(docx));

        assertThat(text.status()).isEqualTo(201);
        assertThat(text.body().path("workAuthorization").asText()).isEqualTo("GREEN_CARD");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("location")).isEqualTo("/v1/consultants/" + created.id());
        assertThat(created.body().path("location").path("city").asText()).isEqualTo("Denver");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.id()).isEqualTo(created.id());
        assertThat(updated.body().path("skills").findValuesAsText("name"))
                .contains("Selenium", "Cucumber", "Playwright", "Kubernetes");
        assertThat(updated.body().path("version").asLong()).isEqualTo(2);
    }

    @Test
    void consultantImport_keepsEachDistinctResume_downloadableWithItsMediaType_onlyInItsTenant() {
        ApiTestStack.TestTenant own = stack.newTenant("docs");
        String token = stack.token(own, Role.Recruiter);
        byte[] pdf = TestDocuments.pdf(
                List.of("Robin Keeper", "Data Engineer", "robin.keeper@example.com", "Skills: Spark, Scala"));
        byte[] docx = TestDocuments.docx(List.of("Robin Keeper", "robin.keeper@example.com", "Skills: Airflow"));

        String id = exchange(post("/v1/consultants/import", token)
                        .header("content-type", "application/pdf")
                        .base64Body(pdf))
                .id();
        exchange(post("/v1/consultants/import", token)
                .header("content-type", "application/pdf")
                .base64Body(pdf));
        exchange(post("/v1/consultants/import", token)
                .header("content-type", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .base64Body(docx));
        ApiResponse list =
                exchange(ApiEvent.load("consultants-get").token(token).path("/v1/consultants/" + id + "/documents"));

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().path("items")).hasSize(2);
        assertThat(list.body().path("items").findValuesAsText("mediaType"))
                .containsExactly(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/pdf");
        assertThat(list.body().path("items").findValuesAsText("source")).containsOnly("IMPORT");
        String pdfId = list.body().path("items").get(1).path("id").asText();
        ApiResponse file = exchange(
                ApiEvent.load("consultants-get").token(token).path("/v1/consultants/" + id + "/documents/" + pdfId));
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("content-type")).isEqualTo("application/pdf");
        assertThat(file.header("content-disposition")).startsWith("attachment; filename=\"");
        assertThat(java.util.Base64.getDecoder().decode(file.rawBody())).isEqualTo(pdf);

        String intruder = stack.token(stack.newTenant("docs-other"), Role.Admin);
        assertThat(exchange(ApiEvent.load("consultants-get")
                                .token(intruder)
                                .path("/v1/consultants/" + id + "/documents"))
                        .status())
                .isEqualTo(404);
        assertThat(exchange(ApiEvent.load("consultants-get")
                                .token(intruder)
                                .path("/v1/consultants/" + id + "/documents/" + pdfId))
                        .status())
                .isEqualTo(404);
        assertThat(exchange(ApiEvent.load("consultants-get")
                                .token(token)
                                .path("/v1/consultants/" + id + "/documents/not-a-uuid"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void consultantImport_unreadableOrUnsupported_is422Or415() {
        ApiResponse broken = exchange(post("/v1/consultants/import", recruiter)
                .header("content-type", "application/pdf")
                .base64Body(new byte[] {'%', 'P', 'D', 'F', 1, 2, 3}));
        ApiResponse doc = exchange(post("/v1/consultants/import", recruiter)
                .header("content-type", "application/msword")
                .base64Body(new byte[] {1, 2, 3}));

        assertThat(broken.status()).isEqualTo(422);
        assertThat(doc.status()).isEqualTo(415);
    }

    @Test
    void consultantImport_noNameNoEmail_createdNamedFromTheFile_markedForReview() {
        ApiTestStack.TestTenant own = stack.newTenant("noname");
        String token = stack.token(own, Role.Recruiter);
        String text = resource("events/email-ingest/resumes/no-name.txt");

        ApiResponse named = exchange(post("/v1/consultants/import", token)
                .header("content-type", "text/plain")
                .header("content-disposition", "attachment; filename=\"riley_quinn-resume (2).txt\"")
                .body(text));
        ApiResponse unnamed = exchange(post("/v1/consultants/import", token)
                .header("content-type", "text/plain")
                .body(text + "\nAlso: Playwright"));

        assertThat(named.status()).isEqualTo(201);
        assertThat(named.body().path("fullName").asText()).isEqualTo("Riley Quinn");
        assertThat(named.body().path("needsReview").asBoolean()).isTrue();
        assertThat(named.body().path("reviewReasons").get(0).asText())
                .contains("states no name")
                .contains("file name");
        assertThat(named.body().path("skills").findValuesAsText("name")).contains("Selenium", "Cucumber");
        assertThat(unnamed.status()).isEqualTo(201);
        assertThat(unnamed.body().path("fullName").asText()).matches("Unnamed consultant \\([0-9a-f]{8}\\)");
        assertThat(unnamed.body().path("needsReview").asBoolean()).isTrue();
        // the mark is stored: reading the consultant back shows it, and a patch to [] clears it
        ApiResponse got = exchange(ApiEvent.load("consultants-get").token(token).id(named.id()));
        assertThat(got.body().path("reviewReasons")).hasSize(1);
        ApiResponse reviewed = exchange(ApiEvent.load("consultants-patch")
                .token(token)
                .id(named.id())
                .header("if-match", got.header("etag"))
                .body("{\"reviewReasons\": [], \"fullName\": \"Riley Quinn-Smith\"}"));
        assertThat(reviewed.status()).isEqualTo(200);
        assertThat(reviewed.body().has("needsReview")).isFalse();
        assertThat(reviewed.body().has("reviewReasons")).isFalse();
    }

    @Test
    void consultantImport_labelledTitle_isNotA500() {
        ApiResponse r = exchange(post("/v1/consultants/import", recruiter)
                .header("content-type", "text/plain")
                .body(resource("events/email-ingest/resumes/labelled-fields.txt")));

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.body().path("title").asText()).isEqualTo("Senior Data Engineer");
        assertThat(r.body().path("needsReview").asBoolean()).isFalse();
    }

    @Test
    void consultantImport_docxOfAMegabyteOfSpaces_isImported_zipBombIs413() {
        String docxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

        ApiResponse spaces = exchange(post("/v1/consultants/import", recruiter)
                .header("content-type", docxType)
                .base64Body(TestDocuments.docxOfSpaces(1_000_000)));
        ApiResponse bomb = exchange(post("/v1/consultants/import", recruiter)
                .header("content-type", docxType)
                .base64Body(TestDocuments.docxWithJunk(200L * 1024 * 1024, 0)));
        ApiResponse longText = exchange(post("/v1/consultants/import", recruiter)
                .header("content-type", "text/plain")
                .body("Avery Example\n" + "word ".repeat(250_000)));

        assertThat(spaces.status()).isEqualTo(201);
        assertThat(spaces.body().path("fullName").asText()).isEqualTo("Avery Example");
        assertThat(bomb.status()).isEqualTo(413);
        assertThat(bomb.body().path("type").asText()).isEqualTo("https://benchcrm.dev/problems/document-too-large");
        assertThat(bomb.header("content-type")).startsWith("application/problem+json");
        assertThat(longText.status()).isEqualTo(413);
    }

    // -------------------------------------------------------------------------------- helpers

    private static ApiEvent post(String path, String token) {
        return ApiEvent.load("requirements-create")
                .withoutHeader("idempotency-key")
                .token(token)
                .method("POST")
                .path(path);
    }

    /** Invokes the function and checks the response (status, headers, body) against the document. */
    private static ApiResponse exchange(ApiEvent event) {
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

    private static String resource(String path) {
        return new String(resourceBytes(path), StandardCharsets.UTF_8);
    }

    private static byte[] resourceBytes(String path) {
        try (InputStream in = IngestRoutesContractIT.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package com.benchcrm.function.httpapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.security.Role;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The requirement fields of issue 14 through the real Lambda entry point, every response checked
 * against the OpenAPI document: excluded work authorizations, the employment type apart from the
 * budget, long term, interview modes, the parties of the vendor chain and skill versions; what mail import fills
 * in; bad input as 400/422 problems; and another tenant seeing none of it.
 */
class RequirementExtractionFieldsContractIT {

    static final OpenApiDocument DOC = OpenApiDocument.load();
    static ApiTestStack stack;
    static ApiTestStack.TestTenant tenant;
    static String recruiter;

    @BeforeAll
    static void setUp() {
        stack = ApiTestStack.get();
        tenant = stack.newTenant("parties");
        recruiter = stack.token(tenant, Role.Recruiter);
    }

    @Test
    void create_withPartiesExclusionsAndVersions_storedAndReturnedAsDocumented() {
        ApiResponse created =
                exchange(ApiEvent.load("requirements-create-parties").token(recruiter));

        assertThat(created.status()).isEqualTo(201);
        ApiResponse got =
                exchange(ApiEvent.load("requirements-get").token(recruiter).id(created.id()));
        for (JsonNode r : new JsonNode[] {created.body(), got.body()}) {
            assertThat(texts(r.path("excludedWorkAuthorizations"))).containsExactly("OPT_EAD", "CPT");
            assertThat(texts(r.path("workAuthorizations")))
                    .contains("GC_EAD", "H4_EAD", "L2_EAD")
                    .doesNotContain("OPT_EAD");
            assertThat(r.path("employmentType").asText()).isEqualTo("C2C");
            assertThat(r.path("budget").path("employmentType").asText()).isEqualTo("C2C");
            assertThat(r.path("longTerm").asBoolean()).isTrue();
            assertThat(texts(r.path("interviewModes"))).containsExactly("PHONE", "VIDEO");
            assertThat(r.path("parties").path("vendorCompany").asText()).isEqualTo("Crestline Solutions LLC");
            assertThat(r.path("parties").path("vendorContact").path("phone").asText())
                    .isEqualTo("555-010-4471");
            assertThat(r.path("parties").path("implementationPartner").asText()).isEqualTo("Helix IT Partners");
            assertThat(r.path("parties").path("primeVendor").asText()).isEqualTo("Brightpath Global");
            assertThat(r.path("clientName").asText()).isEqualTo("Acme Mutual Insurance");
            assertThat(r.path("skills").get(2).path("version").asText()).isEqualTo("17");
        }
    }

    @Test
    void create_employmentTypeWithoutBudget_isKept_andDefaultsAreEmpty() {
        ApiResponse r = exchange(ApiEvent.load("requirements-create")
                .token(recruiter)
                .withoutHeader("idempotency-key")
                .body("{\"title\": \"Data Engineer\", \"employmentType\": \"W2\"}"));

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.body().path("employmentType").asText()).isEqualTo("W2");
        assertThat(r.body().has("budget")).isFalse();
        assertThat(r.body().path("excludedWorkAuthorizations")).isEmpty();
        assertThat(r.body().path("interviewModes")).isEmpty();
        assertThat(r.body().path("longTerm").asBoolean()).isFalse();
        assertThat(r.body().has("parties")).isFalse();
    }

    @Test
    void patch_partiesMergeFieldByField_listsAreReplaced() {
        ApiResponse created = exchange(ApiEvent.load("requirements-create-parties")
                .token(recruiter)
                .withoutHeader("idempotency-key")
                .body(chainBody("CHAIN-PATCH")));
        assertThat(created.status()).isEqualTo(201);
        ApiResponse patched = exchange(ApiEvent.load("requirements-patch")
                .token(recruiter)
                .id(created.id())
                .withoutHeader("if-match")
                .body("{\"parties\": {\"primeVendor\": null, \"vendorContact\": {\"phone\": \"555-010-9999\"}},"
                        + " \"excludedWorkAuthorizations\": [\"CPT\"], \"longTerm\": false}"));

        assertThat(patched.status()).isEqualTo(200);
        JsonNode parties = patched.body().path("parties");
        assertThat(parties.has("primeVendor")).isFalse();
        assertThat(parties.path("vendorContact").path("phone").asText()).isEqualTo("555-010-9999");
        assertThat(parties.path("vendorContact").path("name").asText()).isEqualTo("Rowan Placeford");
        assertThat(parties.path("implementationPartner").asText()).isEqualTo("Helix IT Partners");
        assertThat(texts(patched.body().path("excludedWorkAuthorizations"))).containsExactly("CPT");
        assertThat(patched.body().path("longTerm").asBoolean()).isFalse();
    }

    @Test
    void create_statusBothAcceptedAndExcluded_orEmploymentTypesThatDisagree_is422WithPointers() {
        ObjectNode body = chainBody("CHAIN-422");
        body.putArray("excludedWorkAuthorizations").add("H1B").add("CPT");
        body.put("employmentType", "W2");

        ApiResponse r = exchange(ApiEvent.load("requirements-create-parties")
                .token(recruiter)
                .withoutHeader("idempotency-key")
                .body(body));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body().path("errors").findValuesAsText("pointer"))
                .containsExactlyInAnyOrder("/excludedWorkAuthorizations/0", "/employmentType");
    }

    @Test
    void create_unknownInterviewModeOrPartiesField_is400() {
        ApiResponse mode = exchange(ApiEvent.load("requirements-create")
                .token(recruiter)
                .withoutHeader("idempotency-key")
                .body("{\"title\": \"T\", \"interviewModes\": [\"CARRIER_PIGEON\"]}"));
        ApiResponse field = exchange(ApiEvent.load("requirements-create")
                .token(recruiter)
                .withoutHeader("idempotency-key")
                .body("{\"title\": \"T\", \"parties\": {\"vendorCompany\": \"X\", \"ceo\": \"Y\"}}"));

        assertThat(mode.status()).isEqualTo(400);
        assertThat(mode.header("content-type")).startsWith("application/problem+json");
        assertThat(field.status()).isEqualTo(400);
    }

    @Test
    void inboxImport_digestWithAVendorChain_eachRequirementCarriesThePartiesAndTerms() {
        ApiTestStack.TestTenant own = stack.newTenant("chain-inbox");
        String token = stack.token(own, Role.Recruiter);

        ApiResponse imported = exchange(ApiEvent.load("requirements-create")
                .withoutHeader("idempotency-key")
                .token(token)
                .method("POST")
                .path("/v1/integrations/inbox/import")
                .header("content-type", "message/rfc822")
                .base64Body(resourceBytes("events/email-ingest/mail/vendor-chain-digest.eml")));

        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.body().path("requirements").findValuesAsText("title"))
                .containsExactly("Salesforce Developer", "Java Developer");
        for (JsonNode item : imported.body().path("requirements")) {
            JsonNode r = exchange(ApiEvent.load("requirements-get")
                            .token(token)
                            .id(item.path("id").asText()))
                    .body();
            assertThat(texts(r.path("excludedWorkAuthorizations"))).containsExactlyInAnyOrder("OPT_EAD", "CPT");
            assertThat(texts(r.path("workAuthorizations"))).contains("US_CITIZEN", "GREEN_CARD", "H1B", "GC_EAD");
            assertThat(r.path("clientName").asText()).isEqualTo("Acme Mutual Insurance");
            assertThat(r.path("parties").path("implementationPartner").asText()).isEqualTo("Helix IT Partners");
            assertThat(r.path("parties").path("vendorCompany").asText()).isEqualTo("Summitview Consulting LLC");
            assertThat(r.path("parties").path("vendorContact").path("name").asText())
                    .isEqualTo("Parker Exemplar");
            assertThat(texts(r.path("interviewModes"))).containsExactly("PHONE", "VIDEO");
            assertThat(r.path("employmentType").asText()).isEqualTo("C2C");
            assertThat(r.path("skills").findValuesAsText("name")).doesNotContain("Linkedin", "Deep Learning");
        }
        JsonNode java = exchange(ApiEvent.load("requirements-get")
                        .token(token)
                        .id(imported.body()
                                .path("requirements")
                                .get(1)
                                .path("id")
                                .asText()))
                .body();
        assertThat(java.path("skills").get(0).path("version").asText()).isEqualTo("17");
        JsonNode sf = exchange(ApiEvent.load("requirements-get")
                        .token(token)
                        .id(imported.body()
                                .path("requirements")
                                .get(0)
                                .path("id")
                                .asText()))
                .body();
        assertThat(sf.path("seniority").asText()).isEqualTo("SENIOR");
        assertThat(sf.path("longTerm").asBoolean()).isTrue();
    }

    @Test
    void anotherTenant_seesNoneOfThePartiesOrTerms() {
        ApiResponse made = exchange(ApiEvent.load("requirements-create-parties")
                .token(recruiter)
                .withoutHeader("idempotency-key")
                .body(chainBody("CHAIN-ISO")));
        assertThat(made.status()).isEqualTo(201);
        String created = made.id();
        String other = stack.token(stack.newTenant("chain-other"), Role.Owner);

        assertThat(exchange(ApiEvent.load("requirements-get").token(other).id(created))
                        .status())
                .isEqualTo(404);
        ApiResponse list = exchange(ApiEvent.load("requirements-list").token(other));
        assertThat(list.body().path("items").findValuesAsText("id")).doesNotContain(created);
        assertThat(list.body().path("items").findValuesAsText("vendorCompany"))
                .doesNotContain("Crestline Solutions LLC");
        assertThat(exchange(ApiEvent.load("requirements-patch")
                                .token(other)
                                .id(created)
                                .withoutHeader("if-match")
                                .body("{\"parties\": null}"))
                        .status())
                .isEqualTo(404);
        assertThat(exchange(ApiEvent.load("requirements-get").token(recruiter).id(created))
                        .body()
                        .path("parties")
                        .path("vendorCompany")
                        .asText())
                .isEqualTo("Crestline Solutions LLC");
    }

    // -------------------------------------------------------------------------------- helpers

    /** The sample's body with its own external reference (the reference is unique per tenant). */
    private static ObjectNode chainBody(String externalRef) {
        return ApiEvent.load("requirements-create-parties").bodyJson().put("externalRef", externalRef);
    }

    private static java.util.List<String> texts(JsonNode array) {
        java.util.List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
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

    private static byte[] resourceBytes(String path) {
        try (InputStream in =
                RequirementExtractionFieldsContractIT.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

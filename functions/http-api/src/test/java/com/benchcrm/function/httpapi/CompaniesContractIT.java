package com.benchcrm.function.httpapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.security.Role;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Companies, contacts, requirement chains, tags and provenance through the real Lambda entry point
 * with the sample events of {@code events/http-api/}: every response checked against the OpenAPI
 * document, bad input answered with a precise problem, and no route showing or taking another
 * tenant's records.
 */
class CompaniesContractIT {

    static final OpenApiDocument DOC = OpenApiDocument.load();

    static ApiTestStack stack;
    static ApiTestStack.TestTenant tenant;
    static String recruiter;

    @BeforeAll
    static void setUp() {
        stack = ApiTestStack.get();
        tenant = stack.newTenant("companies");
        recruiter = stack.token(tenant, Role.Recruiter);
    }

    static ApiResponse exchange(ApiEvent event) {
        ApiResponse r = stack.invoke(event);
        JsonNode e = readEvent(event);
        String method = e.path("requestContext").path("http").path("method").asText();
        String template = DOC.pathTemplateOf(e.path("rawPath").asText()).orElse(null);
        DOC.assertHttpResponse(method, template, r.status(), r.headers(), r.rawBody());
        return r;
    }

    static JsonNode readEvent(ApiEvent event) {
        try {
            return ApiEvent.JSON.readTree(event.bytes());
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    static ApiResponse createCompany(String token, String name, String domain, String... kinds) {
        ObjectNode body = ApiEvent.load("companies-create").bodyJson();
        body.put("name", name);
        if (domain == null) {
            body.remove("domain");
        } else {
            body.put("domain", domain);
        }
        body.putArray("kinds")
                .addAll(List.of(kinds).stream()
                        .map(k -> ApiEvent.JSON.getNodeFactory().textNode(k))
                        .toList());
        return exchange(ApiEvent.load("companies-create")
                .token(token)
                .withoutHeader("idempotency-key")
                .body(body));
    }

    static ApiResponse createContact(String token, String companyId, String name, String email) {
        ObjectNode body = ApiEvent.load("contacts-create").bodyJson();
        body.put("fullName", name).put("email", email);
        if (companyId == null) {
            body.remove("companyId");
        } else {
            body.put("companyId", companyId);
        }
        return exchange(ApiEvent.load("contacts-create")
                .token(token)
                .withoutHeader("idempotency-key")
                .body(body));
    }

    static void assertProblem(ApiResponse r, int status, String slug) {
        assertThat(r.status()).as(r.rawBody()).isEqualTo(status);
        assertThat(r.header("content-type")).isEqualTo("application/problem+json");
        assertThat(r.problemType()).isEqualTo(slug);
    }

    @Test
    void companyLifecycle_createReplayGetListPatchDelete_asDocumented() {
        ApiResponse created =
                exchange(ApiEvent.load("companies-create").token(recruiter).header("idempotency-key", "co-life-1"));
        assertThat(created.status()).as(created.rawBody()).isEqualTo(201);
        assertThat(created.header("location")).isEqualTo("/v1/companies/" + created.id());
        assertThat(created.body().path("domain").asText()).isEqualTo("acmestaffing.example");
        ApiResponse replay =
                exchange(ApiEvent.load("companies-create").token(recruiter).header("idempotency-key", "co-life-1"));
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("idempotency-replayed")).isEqualTo("true");
        assertThat(replay.id()).isEqualTo(created.id());

        ApiResponse got =
                exchange(ApiEvent.load("companies-get").token(recruiter).id(created.id()));
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.header("etag")).isEqualTo("\"1\"");
        ApiResponse patched =
                exchange(ApiEvent.load("companies-patch").token(recruiter).id(created.id()));
        assertThat(patched.status()).as(patched.rawBody()).isEqualTo(200);
        assertThat(patched.body().path("kinds").toString()).isEqualTo("[\"VENDOR\",\"PRIME_VENDOR\"]");
        ApiResponse primes = exchange(
                ApiEvent.load("companies-list").token(recruiter).noQuery().query("kind", "PRIME_VENDOR"));
        assertThat(primes.body().path("items").findValuesAsText("id")).containsExactly(created.id());
        ApiResponse clients = exchange(
                ApiEvent.load("companies-list").token(recruiter).noQuery().query("kind", "END_CLIENT"));
        assertThat(clients.body().path("items")).isEmpty();
        assertThat(exchange(ApiEvent.load("companies-delete")
                                .token(recruiter)
                                .id(created.id())
                                .header("if-match", "\"2\""))
                        .status())
                .isEqualTo(204);
        assertProblem(exchange(ApiEvent.load("companies-get").token(recruiter).id(created.id())), 404, "not-found");

        ApiResponse audit = stack.invoke(ApiEvent.load("audit-logs")
                .token(stack.token(tenant, Role.Admin))
                .noQuery()
                .query("entity", "company"));
        assertThat(audit.body().path("items").findValuesAsText("action"))
                .contains("company.created", "company.updated", "company.deleted");
    }

    @Test
    void companies_sameFirmAnotherSpellingOrDomain_is409NamingIt_freeMail422_unknownKind400() {
        ApiTestStack.TestTenant own = stack.newTenant("co-dupe");
        String t = stack.token(own, Role.Sales);
        String first = createCompany(t, "Globex Technologies, Inc.", "globex.example", "END_CLIENT")
                .id();

        ApiResponse byName = createCompany(t, "GLOBEX corp", null, "VENDOR");
        assertProblem(byName, 409, "duplicate-company");
        assertThat(byName.body().path("detail").asText()).contains(first);
        ApiResponse byDomain = createCompany(t, "Totally Different", "globex.example");
        assertProblem(byDomain, 409, "duplicate-company");
        ApiResponse freeMail = createCompany(t, "Solo Recruiter", "gmail.com");
        assertProblem(freeMail, 422, "validation");
        assertThat(freeMail.body().path("errors").findValuesAsText("pointer")).containsExactly("/domain");
        ApiResponse badKind = exchange(ApiEvent.load("companies-create")
                .token(t)
                .withoutHeader("idempotency-key")
                .body("{\"name\": \"Kindless\", \"kinds\": [\"SUPPLIER\"]}"));
        assertProblem(badKind, 400, "invalid-body");
        assertProblem(
                exchange(ApiEvent.load("companies-list").token(t).noQuery().query("kind", "SUPPLIER")),
                400,
                "invalid-request");
        ApiResponse list = exchange(ApiEvent.load("companies-list").token(t).noQuery());
        assertThat(list.body().path("items")).hasSize(1);
    }

    @Test
    void contacts_ofAnotherTenantsCompany422_duplicateEmail409_listedByCompany() {
        ApiTestStack.TestTenant other = stack.newTenant("co-other");
        String otherToken = stack.token(other, Role.Recruiter);
        String foreignCompany =
                createCompany(otherToken, "Foreign Vendor", null, "VENDOR").id();
        String mine =
                createCompany(recruiter, "Initech Staffing", null, "VENDOR").id();

        ApiResponse foreign = createContact(recruiter, foreignCompany, "Fay Foreign", "fay@initech.example");
        assertProblem(foreign, 422, "validation");
        assertThat(foreign.body().path("errors").findValuesAsText("pointer")).containsExactly("/companyId");
        ApiResponse ok = createContact(recruiter, mine, "Ida Initech", "ida@initech.example");
        assertThat(ok.status()).as(ok.rawBody()).isEqualTo(201);
        ApiResponse dupe = createContact(recruiter, mine, "Ida Again", "IDA@initech.example");
        assertProblem(dupe, 409, "duplicate-contact");
        assertThat(dupe.body().path("detail").asText()).contains(ok.id());
        ApiResponse ofCompany = exchange(
                ApiEvent.load("contacts-list").token(recruiter).noQuery().query("companyId", mine));
        assertThat(ofCompany.body().path("items").findValuesAsText("id")).containsExactly(ok.id());
        assertProblem(
                exchange(ApiEvent.load("contacts-list")
                        .token(recruiter)
                        .noQuery()
                        .query("companyId", "nope")),
                400,
                "invalid-request");
    }

    @Test
    void requirementChain_contactOfAnotherCompanyOrForeignCompany_is422_validChainIsReadBack() {
        String vendor = createCompany(recruiter, "Chain Vendor", null, "VENDOR").id();
        String otherVendor =
                createCompany(recruiter, "Other Chain Vendor", null, "VENDOR").id();
        String client = createCompany(recruiter, "Chain Client Bank", null, "END_CLIENT")
                .id();
        String otherPerson = createContact(recruiter, otherVendor, "Oz Other", "oz@otherchain.example")
                .id();
        String person = createContact(recruiter, vendor, "Vi Vendor", "vi@chainvendor.example")
                .id();
        ApiTestStack.TestTenant other = stack.newTenant("chain-other");
        String foreign = createCompany(stack.token(other, Role.Recruiter), "Foreign Client", null, "END_CLIENT")
                .id();

        ObjectNode bad = ApiEvent.load("requirements-create").bodyJson();
        bad.remove("externalRef");
        bad.putObject("chain")
                .put("vendorCompanyId", vendor)
                .put("vendorContactId", otherPerson)
                .put("endClientId", foreign);
        ApiResponse refused = exchange(ApiEvent.load("requirements-create")
                .token(recruiter)
                .withoutHeader("idempotency-key")
                .body(bad));
        assertProblem(refused, 422, "validation");
        assertThat(refused.body().path("errors").findValuesAsText("pointer"))
                .containsExactlyInAnyOrder("/chain/vendorContactId", "/chain/endClientId");

        ObjectNode good = ApiEvent.load("requirements-create").bodyJson();
        good.remove("externalRef");
        good.putObject("chain")
                .put("vendorCompanyId", vendor)
                .put("vendorContactId", person)
                .put("endClientId", client);
        ApiResponse created = exchange(ApiEvent.load("requirements-create")
                .token(recruiter)
                .withoutHeader("idempotency-key")
                .body(good));
        assertThat(created.status()).as(created.rawBody()).isEqualTo(201);
        assertThat(created.body().path("chain").path("endClientId").asText()).isEqualTo(client);
        assertThat(created.body().has("vendorCount")).isFalse();
        ApiResponse sources =
                exchange(ApiEvent.load("requirements-sources").token(recruiter).id(created.id()));
        assertThat(sources.status()).isEqualTo(200);
        assertThat(sources.body().path("vendorCount").asInt()).isZero();

        ApiResponse unlink = exchange(ApiEvent.load("requirements-patch")
                .token(recruiter)
                .id(created.id())
                .withoutHeader("if-match")
                .body("{\"chain\": {\"vendorContactId\": null, \"vendorCompanyId\": \"" + otherVendor + "\"}}"));
        assertThat(unlink.status()).as(unlink.rawBody()).isEqualTo(200);
        assertThat(unlink.body().path("chain").path("vendorCompanyId").asText()).isEqualTo(otherVendor);
        assertThat(unlink.body().path("chain").has("vendorContactId")).isFalse();
    }

    @Test
    void tags_replacedNormalized_filterTheLists_andAStaleIfMatchIs412() {
        ApiTestStack.TestTenant own = stack.newTenant("tags");
        String t = stack.token(own, Role.Recruiter);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ObjectNode body = ApiEvent.load("consultants-create").bodyJson();
            body.put("externalId", "tag-" + i).put("email", "tag" + i + "@example.com");
            ids.add(exchange(ApiEvent.load("consultants-create")
                            .token(t)
                            .withoutHeader("idempotency-key")
                            .body(body))
                    .id());
        }
        ApiResponse tagged = exchange(
                ApiEvent.load("consultants-tags").token(t).id(ids.get(1)).header("if-match", "\"1\""));
        assertThat(tagged.status()).as(tagged.rawBody()).isEqualTo(200);
        assertThat(tagged.body().path("tags").toString()).isEqualTo("[\"hot\",\"h1b-transfer\"]");
        assertThat(tagged.header("etag")).isEqualTo("\"2\"");
        assertProblem(
                exchange(ApiEvent.load("consultants-tags")
                        .token(t)
                        .id(ids.get(1))
                        .header("if-match", "\"1\"")),
                412,
                "precondition-failed");
        ApiResponse hot =
                exchange(ApiEvent.load("consultants-list").token(t).noQuery().query("tag", "HOT"));
        assertThat(hot.body().path("items").findValuesAsText("id")).containsExactly(ids.get(1));
        ApiResponse search = exchange(ApiEvent.load("search")
                .token(t)
                .noQuery()
                .query("q", "Java developer")
                .query("tag", "hot"));
        assertThat(search.status()).as(search.rawBody()).isEqualTo(200);
        assertThat(search.body().path("items").findValuesAsText("id")).containsExactly(ids.get(1));
        ApiResponse bad = exchange(ApiEvent.load("consultants-tags")
                .token(t)
                .id(ids.get(0))
                .withoutHeader("if-match")
                .body("{\"tags\": [\"ok\", \"no/slash\"]}"));
        assertProblem(bad, 422, "validation");
        assertThat(bad.body().path("errors").findValuesAsText("pointer")).containsExactly("/tags/1");
        assertProblem(
                exchange(ApiEvent.load("consultants-tags")
                        .token(stack.token(own, Role.ReadOnly))
                        .id(ids.get(0))
                        .withoutHeader("if-match")),
                403,
                "forbidden");

        ObjectNode req = ApiEvent.load("requirements-create").bodyJson();
        req.remove("externalRef");
        String requirement = exchange(ApiEvent.load("requirements-create")
                        .token(t)
                        .withoutHeader("idempotency-key")
                        .body(req))
                .id();
        ApiResponse rTagged = exchange(
                ApiEvent.load("requirements-tags").token(t).id(requirement).withoutHeader("if-match"));
        assertThat(rTagged.body().path("tags").toString()).isEqualTo("[\"priority\",\"w2-only\"]");
        ApiResponse priority =
                exchange(ApiEvent.load("requirements-list").token(t).noQuery().query("tag", "priority"));
        assertThat(priority.body().path("items").findValuesAsText("id")).containsExactly(requirement);
    }

    @Test
    void anotherTenant_cannotReadChangeTagOrDeleteCompaniesContactsOrSources() {
        String company = createCompany(recruiter, "Private Vendor", "privatevendor.example", "VENDOR")
                .id();
        String contact = createContact(recruiter, company, "Pia Private", "pia@privatevendor.example")
                .id();
        ObjectNode req = ApiEvent.load("requirements-create").bodyJson();
        req.remove("externalRef");
        String requirement = exchange(ApiEvent.load("requirements-create")
                        .token(recruiter)
                        .withoutHeader("idempotency-key")
                        .body(req))
                .id();
        ApiTestStack.TestTenant other = stack.newTenant("intruder");
        String intruder = stack.token(other, Role.Admin);

        assertProblem(exchange(ApiEvent.load("companies-get").token(intruder).id(company)), 404, "not-found");
        assertProblem(
                exchange(ApiEvent.load("companies-patch")
                        .token(intruder)
                        .id(company)
                        .withoutHeader("if-match")),
                404,
                "not-found");
        assertProblem(
                exchange(ApiEvent.load("companies-delete")
                        .token(intruder)
                        .id(company)
                        .withoutHeader("if-match")),
                404,
                "not-found");
        assertProblem(exchange(ApiEvent.load("contacts-get").token(intruder).id(contact)), 404, "not-found");
        assertProblem(
                exchange(ApiEvent.load("contacts-delete")
                        .token(intruder)
                        .id(contact)
                        .withoutHeader("if-match")),
                404,
                "not-found");
        assertProblem(
                exchange(ApiEvent.load("requirements-sources").token(intruder).id(requirement)), 404, "not-found");
        assertProblem(
                exchange(ApiEvent.load("requirements-tags")
                        .token(intruder)
                        .id(requirement)
                        .withoutHeader("if-match")),
                404,
                "not-found");
        assertThat(exchange(ApiEvent.load("companies-list").token(intruder).noQuery())
                        .body()
                        .path("items"))
                .isEmpty();
        assertThat(exchange(ApiEvent.load("contacts-list").token(intruder).noQuery())
                        .body()
                        .path("items"))
                .isEmpty();
        // the same name and domain are free in the other tenant
        assertThat(createCompany(intruder, "Private Vendor", "privatevendor.example", "VENDOR")
                        .status())
                .isEqualTo(201);
        assertThat(exchange(ApiEvent.load("companies-get").token(recruiter).id(company))
                        .body()
                        .path("version")
                        .asInt())
                .isEqualTo(1);
    }
}

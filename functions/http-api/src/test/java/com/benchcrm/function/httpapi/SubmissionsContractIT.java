package com.benchcrm.function.httpapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.security.Role;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.tenancy.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The submission pipeline, RTRs, the workflow policy and the KPIs through the Lambda entry point on
 * real PostgreSQL, from the sample events of {@code events/http-api/}; every response checked
 * against the OpenAPI document. Companies, contacts and recommendations (other features' records)
 * are inserted with SQL in the tenant.
 */
class SubmissionsContractIT {

    static final OpenApiDocument DOC = OpenApiDocument.load();

    static ApiTestStack stack;

    @BeforeAll
    static void setUp() {
        stack = ApiTestStack.get();
    }

    /** One tenant with its people and records. */
    record World(
            ApiTestStack.TestTenant tenant,
            String recruiter,
            String admin,
            UUID vendorA,
            UUID vendorB,
            UUID contactOfB) {

        UUID consultant(String name) {
            ObjectNode body = ApiEvent.load("consultants-create").bodyJson();
            body.put("fullName", name)
                    .put("email", name.toLowerCase().replace(' ', '.') + "@example.com")
                    .remove("externalId");
            return UUID.fromString(exchange(ApiEvent.load("consultants-create")
                            .token(recruiter)
                            .withoutHeader("idempotency-key")
                            .body(body))
                    .id());
        }

        UUID requirement(String title, String client) {
            ObjectNode body = ApiEvent.load("requirements-create").bodyJson();
            body.put("title", title).put("clientName", client).remove("externalRef");
            return UUID.fromString(exchange(ApiEvent.load("requirements-create")
                            .token(recruiter)
                            .withoutHeader("idempotency-key")
                            .body(body))
                    .id());
        }

        ApiResponse rtr(UUID consultant, UUID requirement, UUID vendor) {
            ObjectNode body = ApiEvent.load("rtrs-create").bodyJson();
            body.put("consultantId", consultant.toString())
                    .put("requirementId", requirement.toString())
                    .put("vendorCompanyId", vendor.toString());
            return exchange(ApiEvent.load("rtrs-create").token(recruiter).body(body));
        }

        ApiResponse submit(UUID consultant, UUID requirement, UUID vendor, boolean submit, String token) {
            ObjectNode body = ApiEvent.load("submissions-create").bodyJson();
            body.put("consultantId", consultant.toString())
                    .put("requirementId", requirement.toString())
                    .put("vendorCompanyId", vendor.toString())
                    .put("submit", submit);
            return exchange(ApiEvent.load("submissions-create")
                    .token(token)
                    .withoutHeader("idempotency-key")
                    .body(body));
        }
    }

    static World world(String prefix) {
        ApiTestStack.TestTenant t = stack.newTenant(prefix);
        UUID a = company(t.id(), "Vendor Alpha " + prefix);
        UUID b = company(t.id(), "Vendor Beta " + prefix);
        UUID contact = UUID.randomUUID();
        stack.ownerSql()
                .inTenant(
                        t.id(),
                        s -> s.update(
                                "insert into contact (tenant_id, id, company_id, full_name) values (:t, :id, :c, 'Bea Vendor')",
                                SqlParams.of("t", t.id().value())
                                        .and("id", contact)
                                        .and("c", b)));
        return new World(
                t,
                stack.token(t, "recruiter-" + prefix, Role.Recruiter),
                stack.token(t, "admin-" + prefix, Role.Admin),
                a,
                b,
                contact);
    }

    static UUID company(TenantId tenant, String name) {
        UUID id = new com.benchcrm.common.Ids(java.time.Clock.systemUTC()).next();
        stack.ownerSql()
                .inTenant(
                        tenant,
                        s -> s.update(
                                "insert into company (tenant_id, id, name, normalized_name, kinds) values (:t, :id, :name, lower(:name), '{VENDOR}')",
                                SqlParams.of("t", tenant.value()).and("id", id).and("name", name)));
        return id;
    }

    // ------------------------------------------------------------------------------ the pipeline

    @Test
    void pipeline_rtrSubmitInterviewOfferPlace_everyResponseAsDocumented_auditedAndAnnounced() {
        World w = world("pipe");
        UUID consultant = w.consultant("Avery Pipeline");
        UUID requirement = w.requirement("Java Developer", "Acme Bank");
        ApiResponse rtr = w.rtr(consultant, requirement, w.vendorA());
        assertThat(rtr.status()).as(rtr.rawBody()).isEqualTo(201);
        assertThat(rtr.body().path("valid").asBoolean()).isTrue();

        ObjectNode body = ApiEvent.load("submissions-create").bodyJson();
        body.put("consultantId", consultant.toString())
                .put("requirementId", requirement.toString())
                .put("vendorCompanyId", w.vendorA().toString());
        ApiResponse created = exchange(
                ApiEvent.load("submissions-create").token(w.recruiter()).body(body));
        assertThat(created.status()).as(created.rawBody()).isEqualTo(201);
        assertThat(created.body().path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(created.body().path("rtrId").asText()).isEqualTo(rtr.id());
        assertThat(created.body().path("margin").path("percent").asDouble()).isEqualTo(20.0);
        assertThat(created.body().path("vendorName").asText()).isEqualTo("Vendor Alpha pipe");
        assertThat(created.header("location")).isEqualTo("/v1/submissions/" + created.id());
        String id = created.id();
        ApiResponse replay = exchange(
                ApiEvent.load("submissions-create").token(w.recruiter()).body(body));
        assertThat(replay.header("idempotency-replayed")).isEqualTo("true");
        assertThat(replay.id()).isEqualTo(id);

        ApiResponse got =
                exchange(ApiEvent.load("submissions-get").token(w.recruiter()).id(id));
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.header("etag")).isEqualTo("\"2\"");
        assertThat(got.body().path("allowedTransitions").toString()).contains("CLIENT_SUBMITTED");
        assertThat(exchange(ApiEvent.load("submissions-get")
                                .token(w.recruiter())
                                .id(id)
                                .header("if-none-match", "\"2\""))
                        .status())
                .isEqualTo(304);
        ApiResponse listed = exchange(ApiEvent.load("submissions-list").token(w.recruiter()));
        assertThat(listed.body().path("items").findValuesAsText("id")).containsExactly(id);
        assertThat(exchange(ApiEvent.load("submissions-patch")
                                .token(w.recruiter())
                                .id(id))
                        .body()
                        .path("notes")
                        .asText())
                .isEqualTo("Vendor confirmed the rate");

        assertThat(exchange(ApiEvent.load("submissions-transition")
                                .token(w.recruiter())
                                .id(id))
                        .body()
                        .path("status")
                        .asText())
                .isEqualTo("CLIENT_SUBMITTED");
        ApiResponse interview = exchange(
                ApiEvent.load("submissions-interview").token(w.recruiter()).id(id));
        assertThat(interview.status()).as(interview.rawBody()).isEqualTo(201);
        assertThat(interview.body().path("startsAtUtc").asText()).isEqualTo("2026-12-10T16:30:00Z");
        String interviewId = interview.id();
        assertThat(exchange(ApiEvent.load("interviews-get").token(w.recruiter()).id(interviewId))
                        .body()
                        .path("round")
                        .asInt())
                .isEqualTo(1);
        ApiResponse patched = exchange(ApiEvent.load("interviews-patch")
                .token(w.recruiter())
                .id(interviewId)
                .header("if-match", "\"1\""));
        assertThat(patched.body().path("outcome").asText()).isEqualTo("PASSED");
        ApiResponse ics =
                exchange(ApiEvent.load("interviews-ics").token(w.recruiter()).id(interviewId));
        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.header("content-type")).startsWith("text/calendar");
        assertThat(ics.rawBody())
                .startsWith("BEGIN:VCALENDAR\r\n")
                .contains("DTSTART:20261210T163000Z\r\n", "UID:" + interviewId + "@benchcrm.dev", "SEQUENCE:1");

        assertThat(exchange(ApiEvent.load("submissions-offer")
                                .token(w.recruiter())
                                .id(id))
                        .status())
                .isEqualTo(201);
        ApiResponse placement = exchange(
                ApiEvent.load("submissions-placement").token(w.recruiter()).id(id));
        assertThat(placement.status()).as(placement.rawBody()).isEqualTo(201);
        assertThat(placement.body().path("margin").path("marginHourly").asDouble())
                .isEqualTo(20.0);
        assertThat(placement.body().path("startDate").asText()).isEqualTo("2027-01-04");

        JsonNode placed = exchange(
                        ApiEvent.load("submissions-get").token(w.recruiter()).id(id))
                .body();
        assertThat(placed.path("status").asText()).isEqualTo("PLACED");
        assertThat(placed.path("allowedTransitions")).isEmpty();
        assertThat(placed.path("history").findValuesAsText("to"))
                .containsExactly("DRAFT", "SUBMITTED", "CLIENT_SUBMITTED", "INTERVIEWING", "OFFERED", "PLACED");
        assertThat(placed.path("offers").get(0).path("status").asText()).isEqualTo("ACCEPTED");

        List<Row> events = stack.ownerSql()
                .inTenant(
                        w.tenant().id(),
                        s -> s.query(
                                "select event_type, event_version from outbox where tenant_id = :t and aggregate_type in ('submission', 'interview', 'placement')",
                                SqlParams.of("t", w.tenant().id().value())));
        assertThat(events)
                .extracting(r -> r.string("event_type"))
                .contains("SubmissionStatusChanged", "InterviewScheduled", "PlacementStarted");
        assertThat(events)
                .filteredOn(r -> r.string("event_type").equals("SubmissionStatusChanged"))
                .allSatisfy(r -> assertThat(r.intValue("event_version")).isEqualTo(2))
                .hasSize(6);
        List<String> audit = stack
                .ownerSql()
                .inTenant(
                        w.tenant().id(),
                        s -> s.query(
                                "select action from audit_log where tenant_id = :t",
                                SqlParams.of("t", w.tenant().id().value())))
                .stream()
                .map(r -> r.string("action"))
                .toList();
        assertThat(audit)
                .contains(
                        "rtr.created",
                        "submission.created",
                        "submission.status_changed",
                        "interview.scheduled",
                        "interview.updated",
                        "offer.created",
                        "placement.created");

        ApiResponse kpis = exchange(
                ApiEvent.load("analytics-kpis").token(w.recruiter()).noQuery().query("groupBy", "recruiter"));
        assertThat(kpis.status()).as(kpis.rawBody()).isEqualTo(200);
        assertThat(kpis.body().path("funnel").path("submitted").asInt()).isEqualTo(1);
        assertThat(kpis.body().path("funnel").path("placed").asInt()).isEqualTo(1);
        assertThat(kpis.body()
                        .path("requirements")
                        .path("fillRate")
                        .path("value")
                        .asDouble())
                .isEqualTo(1.0);
        assertThat(kpis.body()
                        .path("placements")
                        .path("grossMarginPerPlacement")
                        .get(0)
                        .path("averageHourly")
                        .asDouble())
                .isEqualTo(20.0);
        assertThat(kpis.body().path("groups").get(0).path("key").asText()).isEqualTo("recruiter-pipe");
        assertThat(kpis.body()
                        .path("vendorScorecards")
                        .get(0)
                        .path("vendorName")
                        .asText())
                .isEqualTo("Vendor Alpha pipe");
    }

    // -------------------------------------------------------------------------------- bad input

    @Test
    void badInput_eachAPreciseProblem_andNothingPartlyWritten() {
        World w = world("bad");
        UUID consultant = w.consultant("Bo Badinput");
        UUID first = w.requirement("Java Developer", "Globex");
        UUID second = w.requirement("Kafka Engineer", "GLOBEX");

        ApiResponse noRtr = w.submit(consultant, first, w.vendorA(), true, w.recruiter());
        assertProblem(noRtr, 422, "rtr-required");
        assertThat(noRtr.body().path("rtrProblems")).isEmpty();
        assertThat(noRtr.body().path("vendorCompanyId").asText())
                .isEqualTo(w.vendorA().toString());
        assertThat(exchange(ApiEvent.load("submissions-list")
                                .token(w.recruiter())
                                .noQuery())
                        .body()
                        .path("items"))
                .isEmpty();

        String draft =
                w.submit(consultant, first, w.vendorA(), false, w.recruiter()).id();
        ApiResponse illegal = exchange(ApiEvent.load("submissions-transition")
                .token(w.recruiter())
                .id(draft)
                .body("{\"to\": \"INTERVIEWING\"}"));
        assertProblem(illegal, 409, "illegal-transition");
        assertThat(illegal.body().path("allowed").toString()).isEqualTo("[\"SUBMITTED\",\"WITHDRAWN\"]");
        assertThat(exchange(ApiEvent.load("submissions-get")
                                .token(w.recruiter())
                                .id(draft))
                        .header("etag"))
                .isEqualTo("\"1\"");

        w.rtr(consultant, first, w.vendorA());
        assertThat(exchange(ApiEvent.load("submissions-transition")
                                .token(w.recruiter())
                                .id(draft)
                                .body("{\"to\": \"SUBMITTED\"}"))
                        .status())
                .isEqualTo(200);
        w.rtr(consultant, second, w.vendorB());
        ApiResponse duplicate = w.submit(consultant, second, w.vendorB(), true, w.recruiter());
        assertProblem(duplicate, 409, "duplicate-submission");
        assertThat(duplicate
                        .body()
                        .path("earlierSubmissions")
                        .get(0)
                        .path("submissionId")
                        .asText())
                .isEqualTo(draft);
        assertThat(duplicate
                        .body()
                        .path("earlierSubmissions")
                        .get(0)
                        .path("vendorName")
                        .asText())
                .isEqualTo("Vendor Alpha bad");
        assertThat(duplicate
                        .body()
                        .path("earlierSubmissions")
                        .get(0)
                        .path("rule")
                        .asText())
                .isEqualTo("SAME_END_CLIENT");
        String second2 =
                w.submit(consultant, second, w.vendorB(), false, w.recruiter()).id();
        String override =
                "{\"to\": \"SUBMITTED\", \"override\": {\"duplicateReason\": \"The client asked for the profile again\"}}";
        assertProblem(
                exchange(ApiEvent.load("submissions-transition")
                        .token(w.recruiter())
                        .id(second2)
                        .body(override)),
                403,
                "forbidden");
        ApiResponse overridden = exchange(ApiEvent.load("submissions-transition")
                .token(w.admin())
                .id(second2)
                .body(override));
        assertThat(overridden.status()).as(overridden.rawBody()).isEqualTo(200);
        assertThat(overridden.body().path("overrides").path("duplicateReason").asText())
                .isEqualTo("The client asked for the profile again");

        UUID other = w.consultant("Cy Thinmargin");
        UUID third = w.requirement("QA Lead", "Initech");
        w.rtr(other, third, w.vendorA());
        ObjectNode thin = ApiEvent.load("submissions-create").bodyJson();
        thin.put("consultantId", other.toString())
                .put("requirementId", third.toString())
                .put("vendorCompanyId", w.vendorA().toString());
        ((ObjectNode) thin.path("payRate")).put("amount", 70).put("employmentType", "W2");
        ApiResponse margin = exchange(ApiEvent.load("submissions-create")
                .token(w.recruiter())
                .withoutHeader("idempotency-key")
                .body(thin));
        assertProblem(margin, 422, "margin-below-floor");
        assertThat(margin.body().path("floorPercent").asDouble()).isEqualTo(10.0);
        assertThat(margin.body().path("margin").path("marginPercent").asDouble())
                .isEqualTo(5.2941);

        ObjectNode wrongContact = ApiEvent.load("submissions-create").bodyJson();
        wrongContact
                .put("consultantId", other.toString())
                .put("requirementId", third.toString())
                .put("vendorCompanyId", w.vendorA().toString())
                .put("vendorContactId", w.contactOfB().toString());
        ApiResponse contact = exchange(ApiEvent.load("submissions-create")
                .token(w.recruiter())
                .withoutHeader("idempotency-key")
                .body(wrongContact));
        assertProblem(contact, 422, "validation");
        assertThat(contact.body().path("errors").findValuesAsText("pointer")).containsExactly("/vendorContactId");

        ObjectNode currencies = ApiEvent.load("submissions-create").bodyJson();
        currencies
                .put("consultantId", other.toString())
                .put("requirementId", third.toString())
                .put("vendorCompanyId", w.vendorA().toString());
        ((ObjectNode) currencies.path("payRate")).put("currency", "EUR");
        ApiResponse rates = exchange(ApiEvent.load("submissions-create")
                .token(w.recruiter())
                .withoutHeader("idempotency-key")
                .body(currencies));
        assertProblem(rates, 422, "validation");
        assertThat(rates.body().path("errors").findValuesAsText("pointer")).containsExactly("/payRate/currency");

        assertProblem(
                exchange(ApiEvent.load("submissions-list").token(w.recruiter()).query("status", "SENT")),
                400,
                "invalid-request");
        assertProblem(
                exchange(ApiEvent.load("analytics-kpis").token(w.recruiter()).query("groupBy", "team")),
                400,
                "invalid-request");
        assertProblem(
                exchange(ApiEvent.load("analytics-kpis")
                        .token(w.recruiter())
                        .noQuery()
                        .query("from", "2026-11-30")
                        .query("to", "2026-11-01")),
                400,
                "invalid-request");
        assertThat(exchange(ApiEvent.load("submissions-list")
                                .token(w.recruiter())
                                .noQuery()
                                .query("consultantId", other.toString()))
                        .body()
                        .path("items"))
                .as("the refused creates wrote nothing")
                .isEmpty();
    }

    @Test
    void rtrRevocation_andWorkflowPolicy_asDocumented() {
        World w = world("policy");
        UUID consultant = w.consultant("Di Policy");
        UUID requirement = w.requirement("Data Engineer", "Umbrella");
        String rtr = w.rtr(consultant, requirement, w.vendorA()).id();
        assertThat(exchange(ApiEvent.load("rtrs-list")
                                .token(w.recruiter())
                                .query("consultantId", consultant.toString()))
                        .body()
                        .path("items")
                        .findValuesAsText("id"))
                .containsExactly(rtr);
        ApiResponse revoked =
                exchange(ApiEvent.load("rtrs-revoke").token(w.recruiter()).id(rtr));
        assertThat(revoked.body().path("valid").asBoolean()).isFalse();
        assertProblem(exchange(ApiEvent.load("rtrs-revoke").token(w.recruiter()).id(rtr)), 409, "rtr-revoked");
        ApiResponse refused = w.submit(consultant, requirement, w.vendorA(), true, w.recruiter());
        assertProblem(refused, 422, "rtr-required");
        assertThat(refused.body().path("rtrProblems").get(0).asText()).contains("revoked");

        ApiResponse defaults = exchange(ApiEvent.load("settings-workflow-get").token(w.recruiter()));
        assertThat(defaults.body().path("rtrRequired").asBoolean()).isTrue();
        assertThat(defaults.body().path("duplicateWindowDays").asInt()).isEqualTo(90);
        assertThat(defaults.body().path("version").asInt()).isZero();
        assertProblem(exchange(ApiEvent.load("settings-workflow-put").token(w.recruiter())), 403, "forbidden");
        assertProblem(
                exchange(ApiEvent.load("settings-workflow-put")
                        .token(w.admin())
                        .body("{\"rtrRequired\": false, \"duplicateWindowDays\": 1000,"
                                + " \"marginFloorPercent\": 10, \"w2BurdenPercent\": 15}")),
                422,
                "validation");
        ApiResponse changed = exchange(ApiEvent.load("settings-workflow-put")
                .token(w.admin())
                .body("{\"rtrRequired\": false,"
                        + " \"duplicateWindowDays\": 90, \"marginFloorPercent\": 12.5, \"w2BurdenPercent\": 18}"));
        assertThat(changed.body().path("version").asInt()).isEqualTo(1);
        assertThat(w.submit(consultant, requirement, w.vendorA(), true, w.recruiter())
                        .body()
                        .path("status")
                        .asText())
                .as("without the RTR policy the revoked RTR does not matter")
                .isEqualTo("SUBMITTED");
    }

    @Test
    void fromRecommendation_recordsIt_andItsOutcomeIsReadableForCalibration() {
        World w = world("rec");
        UUID consultant = w.consultant("Eve Recommended");
        UUID requirement = w.requirement("Java Developer", "Hooli");
        UUID rec = recommendation(w.tenant().id(), requirement, consultant);
        w.rtr(consultant, requirement, w.vendorA());

        ApiResponse created = exchange(
                ApiEvent.load("recommendations-submission")
                        .token(w.recruiter())
                        .id(rec)
                        .body(
                                "{\"vendorCompanyId\": \"" + w.vendorA()
                                        + "\", \"billRate\": {\"amount\": 85, \"currency\": \"USD\", \"unit\": \"HOUR\"},"
                                        + " \"payRate\": {\"amount\": 68, \"currency\": \"USD\", \"unit\": \"HOUR\"}, \"submit\": true}"));

        assertThat(created.status()).as(created.rawBody()).isEqualTo(201);
        assertThat(created.body().path("recommendationId").asText()).isEqualTo(rec.toString());
        assertThat(created.body().path("consultantId").asText()).isEqualTo(consultant.toString());
        assertThat(created.body().path("matchScore").asDouble()).isEqualTo(0.77);
        exchange(ApiEvent.load("submissions-transition")
                .token(w.recruiter())
                .id(created.id())
                .body("{\"to\": \"REJECTED\", \"reason\": \"Client picked another\"}"));
        Row outcome = stack.ownerSql()
                .inTenant(
                        w.tenant().id(),
                        s -> s.queryOne(
                                "select outcome, submitted_from_recommendation, submission_status from recommendation_outcome where recommendation_id = :r",
                                SqlParams.of("r", rec)))
                .orElseThrow();
        assertThat(outcome.string("outcome")).isEqualTo("REJECTED");
        assertThat(outcome.bool("submitted_from_recommendation")).isTrue();
        assertProblem(
                exchange(ApiEvent.load("recommendations-submission")
                        .token(w.recruiter())
                        .id(UUID.randomUUID())
                        .withoutHeader("idempotency-key")),
                404,
                "not-found");
    }

    // ----------------------------------------------------------------------------- tenancy

    @Test
    void anotherTenant_cannotSeeOrReferenceAnyOfIt() {
        World w = world("mine");
        UUID consultant = w.consultant("Fay Private");
        UUID requirement = w.requirement("Java Developer", "Acme Bank");
        String rtr = w.rtr(consultant, requirement, w.vendorA()).id();
        String submission = w.submit(consultant, requirement, w.vendorA(), true, w.recruiter())
                .id();
        exchange(ApiEvent.load("submissions-transition").token(w.recruiter()).id(submission));
        String interview = exchange(ApiEvent.load("submissions-interview")
                        .token(w.recruiter())
                        .id(submission))
                .id();
        World other = world("theirs");

        for (ApiEvent e : List.of(
                ApiEvent.load("submissions-get").id(submission),
                ApiEvent.load("submissions-transition").id(submission),
                ApiEvent.load("submissions-interview").id(submission),
                ApiEvent.load("submissions-offer").id(submission),
                ApiEvent.load("submissions-placement").id(submission),
                ApiEvent.load("interviews-get").id(interview),
                ApiEvent.load("interviews-ics").id(interview),
                ApiEvent.load("interviews-patch").id(interview),
                ApiEvent.load("rtrs-get").id(rtr),
                ApiEvent.load("rtrs-revoke").id(rtr),
                ApiEvent.load("submissions-patch").id(submission))) {
            assertProblem(exchange(e.token(other.admin())), 404, "not-found");
        }
        assertThat(exchange(ApiEvent.load("submissions-list")
                                .token(other.admin())
                                .noQuery())
                        .body()
                        .path("items"))
                .isEmpty();
        assertThat(exchange(ApiEvent.load("rtrs-list").token(other.admin()).noQuery())
                        .body()
                        .path("items"))
                .isEmpty();
        ApiResponse foreign = other.submit(consultant, requirement, w.vendorA(), false, other.admin());
        assertProblem(foreign, 422, "validation");
        assertThat(foreign.body().path("errors").findValuesAsText("pointer"))
                .containsExactlyInAnyOrder("/consultantId", "/requirementId", "/vendorCompanyId");
        JsonNode kpis = exchange(
                        ApiEvent.load("analytics-kpis").token(other.admin()).noQuery())
                .body();
        assertThat(kpis.path("funnel").path("submitted").asInt()).isZero();
        assertThat(kpis.path("vendorScorecards")).isEmpty();
    }

    // ------------------------------------------------------------------------------- helpers

    static UUID recommendation(TenantId tenant, UUID requirement, UUID consultant) {
        UUID run = new com.benchcrm.common.Ids(java.time.Clock.systemUTC()).next();
        UUID id = new com.benchcrm.common.Ids(java.time.Clock.systemUTC()).next();
        stack.ownerSql().inTenant(tenant, s -> {
            s.update("""
                    insert into match_run (tenant_id, id, requirement_id, requirement_version, trigger, top_k, candidates, scored,
                        engine_version, settings_version, embedding_model, timings_micros, created_at)
                    values (:t, :run, :requirement, 1, 'API', 10, 1, 1, 'test', 'default', 'none', '{}', now())""", SqlParams.of("t", tenant.value()).and("run", run).and("requirement", requirement));
            return s.update(
                    """
                    insert into recommendation (tenant_id, id, match_run_id, requirement_id, consultant_id, rank, match_score,
                        success_probability, calibrated, reasons, factors, model_version)
                    values (:t, :id, :run, :requirement, :consultant, 1, 0.77, 0.55, false, '[]', '[]', 'test')""",
                    SqlParams.of("t", tenant.value())
                            .and("id", id)
                            .and("run", run)
                            .and("requirement", requirement)
                            .and("consultant", consultant));
        });
        return id;
    }

    static ApiResponse exchange(ApiEvent event) {
        ApiResponse r = stack.invoke(event);
        JsonNode e = readJson(new String(event.bytes(), java.nio.charset.StandardCharsets.UTF_8));
        String method = e.path("requestContext").path("http").path("method").asText();
        String template = DOC.pathTemplateOf(e.path("rawPath").asText()).orElse(null);
        DOC.assertHttpResponse(method, template, r.status(), r.headers(), r.rawBody());
        if (r.status() / 100 == 2
                && e.hasNonNull("body")
                && template != null
                && DOC.operation(method, template).isPresent()
                && DOC.operation(method, template).get().has("requestBody")) {
            String contentType = e.path("headers").path("content-type").asText(null);
            assertThat(DOC.checkRequestBody(
                            method,
                            template,
                            contentType,
                            readJson(e.path("body").asText())))
                    .as("the server accepted a request body the document refuses")
                    .isEmpty();
        }
        return r;
    }

    static void assertProblem(ApiResponse r, int status, String slug) {
        assertThat(r.status()).as(r.rawBody()).isEqualTo(status);
        assertThat(r.header("content-type")).isEqualTo("application/problem+json");
        assertThat(r.problemType()).isEqualTo(slug);
        assertThat(r.body().path("traceId").asText()).isEqualTo(r.header("x-trace-id"));
    }

    static JsonNode readJson(String text) {
        try {
            return ApiEvent.JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

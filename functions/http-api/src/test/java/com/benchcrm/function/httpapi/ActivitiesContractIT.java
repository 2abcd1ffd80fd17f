package com.benchcrm.function.httpapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.security.Role;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Activities and timelines of consultants, requirements and companies through the real entry point. */
class ActivitiesContractIT {

    static ApiTestStack stack;
    static ApiTestStack.TestTenant tenant;
    static String recruiter;

    @BeforeAll
    static void setUp() {
        stack = ApiTestStack.get();
        tenant = stack.newTenant("activities");
        recruiter = stack.token(tenant, Role.Recruiter);
    }

    static String consultant(String token, String email) {
        ObjectNode body = ApiEvent.load("consultants-create").bodyJson();
        body.put("externalId", email).put("email", email);
        return CompaniesContractIT.exchange(ApiEvent.load("consultants-create")
                        .token(token)
                        .withoutHeader("idempotency-key")
                        .body(body))
                .id();
    }

    @Test
    void logOnAConsultant_thenTheTimeline_showsActivitiesAndChangesNewestFirst_pagedWithOneCursor() {
        String id = consultant(recruiter, "timeline@example.com");
        ApiResponse call = CompaniesContractIT.exchange(
                ApiEvent.load("activities-create").token(recruiter).id(id));
        assertThat(call.status()).as(call.rawBody()).isEqualTo(201);
        assertThat(call.body().path("kind").asText()).isEqualTo("CALL");
        assertThat(call.body().path("entity").asText()).isEqualTo("consultant");
        CompaniesContractIT.exchange(
                ApiEvent.load("consultants-tags").token(recruiter).id(id).withoutHeader("if-match"));
        ApiResponse note = CompaniesContractIT.exchange(ApiEvent.load("activities-create")
                .token(recruiter)
                .id(id)
                .body("{\"kind\": \"NOTE\", \"body\": \"Prefers remote\"}"));
        assertThat(note.status()).isEqualTo(201);

        List<String> lines = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            ApiEvent e =
                    ApiEvent.load("timeline").token(recruiter).id(id).noQuery().query("limit", "2");
            if (cursor != null) {
                e.query("cursor", cursor);
            }
            ApiResponse page = CompaniesContractIT.exchange(e);
            assertThat(page.status()).isEqualTo(200);
            page.body()
                    .path("items")
                    .forEach(i -> lines.add(i.path("type").asText() + ":"
                            + (i.has("action")
                                    ? i.path("action").asText()
                                    : i.path("kind").asText())));
            cursor = page.body().has("nextCursor")
                    ? page.body().path("nextCursor").asText()
                    : null;
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(lines)
                .containsExactly(
                        "activity:NOTE", "change:consultant.tagged", "activity:CALL", "change:consultant.created");
        ApiResponse list = CompaniesContractIT.exchange(
                ApiEvent.load("activities-list").token(recruiter).id(id));
        assertThat(list.body().path("items").findValuesAsText("kind")).containsExactly("NOTE", "CALL");
    }

    @Test
    void badActivities_areProblems_andNothingIsLogged() {
        String id = consultant(recruiter, "bad-activity@example.com");
        CompaniesContractIT.assertProblem(
                CompaniesContractIT.exchange(ApiEvent.load("activities-create")
                        .token(recruiter)
                        .id(id)
                        .body("{\"kind\": \"NOTE\"}")),
                422,
                "validation");
        CompaniesContractIT.assertProblem(
                CompaniesContractIT.exchange(ApiEvent.load("activities-create")
                        .token(recruiter)
                        .id(id)
                        .body("{\"kind\": \"FAX\", \"body\": \"x\"}")),
                400,
                "invalid-body");
        CompaniesContractIT.assertProblem(
                CompaniesContractIT.exchange(
                        ApiEvent.load("activities-create")
                                .token(recruiter)
                                .id(id)
                                .body(
                                        "{\"kind\": \"CALL\", \"body\": \"x\", \"contactId\": \"0193f7a2-5b3c-7d4e-8f60-123456789abc\"}")),
                422,
                "validation");
        CompaniesContractIT.assertProblem(
                CompaniesContractIT.exchange(ApiEvent.load("activities-create")
                        .token(stack.token(tenant, Role.Analyst))
                        .id(id)),
                403,
                "forbidden");
        assertThat(CompaniesContractIT.exchange(ApiEvent.load("activities-list")
                                .token(recruiter)
                                .id(id))
                        .body()
                        .path("items"))
                .isEmpty();
    }

    @Test
    void requirementsAndCompanies_haveActivitiesToo_andAnotherTenantSeesAndLogsNothing() {
        String company = CompaniesContractIT.createCompany(recruiter, "Timeline Vendor", null, "VENDOR")
                .id();
        ApiResponse onCompany = CompaniesContractIT.exchange(
                ApiEvent.load("activities-create").token(recruiter).path("/v1/companies/" + company + "/activities"));
        assertThat(onCompany.status()).as(onCompany.rawBody()).isEqualTo(201);
        ApiResponse timeline = CompaniesContractIT.exchange(
                ApiEvent.load("timeline").token(recruiter).noQuery().path("/v1/companies/" + company + "/timeline"));
        assertThat(timeline.body().path("items").findValuesAsText("type")).containsExactly("activity", "change");
        ObjectNode req = ApiEvent.load("requirements-create").bodyJson();
        req.remove("externalRef");
        String requirement = CompaniesContractIT.exchange(ApiEvent.load("requirements-create")
                        .token(recruiter)
                        .withoutHeader("idempotency-key")
                        .body(req))
                .id();
        assertThat(CompaniesContractIT.exchange(ApiEvent.load("activities-create")
                                .token(recruiter)
                                .path("/v1/requirements/" + requirement + "/activities"))
                        .status())
                .isEqualTo(201);

        String intruder = stack.token(stack.newTenant("activities-other"), Role.Admin);
        CompaniesContractIT.assertProblem(
                CompaniesContractIT.exchange(ApiEvent.load("activities-create")
                        .token(intruder)
                        .path("/v1/companies/" + company + "/activities")),
                404,
                "not-found");
        CompaniesContractIT.assertProblem(
                CompaniesContractIT.exchange(ApiEvent.load("timeline")
                        .token(intruder)
                        .noQuery()
                        .path("/v1/requirements/" + requirement + "/timeline")),
                404,
                "not-found");
        CompaniesContractIT.assertProblem(
                CompaniesContractIT.exchange(ApiEvent.load("activities-list")
                        .token(intruder)
                        .noQuery()
                        .path("/v1/companies/" + company + "/activities")),
                404,
                "not-found");
        assertThat(CompaniesContractIT.exchange(ApiEvent.load("activities-list")
                                .token(recruiter)
                                .noQuery()
                                .path("/v1/companies/" + company + "/activities"))
                        .body()
                        .path("items"))
                .hasSize(1);
    }
}

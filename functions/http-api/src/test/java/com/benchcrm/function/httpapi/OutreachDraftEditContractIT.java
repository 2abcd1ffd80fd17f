package com.benchcrm.function.httpapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.security.Role;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code PATCH /v1/outreach/drafts/{id}} (ADR 0105) through the real Lambda entry point with the sample
 * event {@code events/http-api/outreach-drafts-patch.json}, every response checked against the OpenAPI
 * document: the edit comes back with the next version, its ETag and the edit marker, the mail sent on
 * approval carries the edited text above the product's footer; a stale {@code If-Match} is 412, bad text
 * 422, another tenant's draft 404, an approved draft 409. And the submission mail's RTR rule (ADR 0105):
 * an RTR consenting to 60 USD/h does not cover a submission billed 85 USD/h, {@code 422 rtr-required}.
 */
class OutreachDraftEditContractIT {

    static String recruiter;
    static String sales;
    static String otherOwner;

    @BeforeAll
    static void setUp() {
        ApiTestStack stack = ApiTestStack.get();
        ApiTestStack.TestTenant tenant = stack.newTenant("draftedit");
        recruiter = stack.token(tenant, Role.Recruiter);
        sales = stack.token(tenant, Role.Sales);
        otherOwner = stack.token(stack.newTenant("draftedit-other"), Role.Owner);
        OutreachContractIT.settings(stack.token(tenant, Role.Owner), 100);
    }

    static ApiResponse exchange(ApiEvent event) {
        return HotListsContractIT.exchange(event);
    }

    static ApiResponse patch(String token, String draft, String ifMatch, ObjectNode body) {
        ApiEvent e = ApiEvent.load("outreach-drafts-patch").token(token).id(draft);
        e = ifMatch == null ? e.withoutHeader("if-match") : e.header("if-match", ifMatch);
        return exchange(body == null ? e : e.body(body));
    }

    @Test
    void editThenApprove_sendsTheEditedText_withTheFooter_andTheDraftShowsWhoEditedIt() throws Exception {
        String yes = OutreachContractIT.unique("edit-yes");
        String list = OutreachContractIT.distributionList(recruiter, OutreachContractIT.contact(recruiter, yes, true));
        ApiResponse d = OutreachContractIT.draft(sales, OutreachContractIT.hotList(recruiter), list);
        assertThat(d.status()).as(d.rawBody()).isEqualTo(201);
        ApiResponse got =
                exchange(ApiEvent.load("outreach-drafts-get").token(sales).id(d.id()));
        assertThat(got.header("etag")).isEqualTo("\"1\"");

        ApiResponse edited = patch(sales, d.id(), "\"1\"", null);

        assertThat(edited.status()).as(edited.rawBody()).isEqualTo(200);
        assertThat(edited.header("etag")).isEqualTo("\"2\"");
        JsonNode body = edited.body();
        assertThat(body.path("subject").asText()).isEqualTo("Java and AWS consultants available this week");
        assertThat(body.path("bodyText").asText()).startsWith("Hello,\n\nFive Java and AWS consultants");
        assertThat(body.path("bodyHtml").asText()).contains("<p>Hello,</p>").doesNotContain("<table");
        assertThat(body.path("version").asLong()).isEqualTo(2);
        assertThat(body.path("editedBy").asText()).isNotBlank();
        assertThat(body.path("editedAt").asText()).isNotBlank();
        assertThat(body.path("status").asText()).isEqualTo("DRAFT");
        CompaniesContractIT.assertProblem(patch(sales, d.id(), "\"1\"", null), 412, "precondition-failed");

        ApiResponse approved = exchange(
                ApiEvent.load("outreach-drafts-approve").token(recruiter).id(d.id()));
        assertThat(approved.status()).as(approved.rawBody()).isEqualTo(200);
        JsonNode mine = null;
        for (JsonNode m :
                exchange(ApiEvent.load("outreach-sent").token(recruiter)).body().path("items")) {
            if (m.path("draftId").asText().equals(d.id())) {
                mine = m;
            }
        }
        assertThat(mine).isNotNull();
        String eml = Files.readString(
                ApiTestStack.SENT_MAIL_DIR.resolve(mine.path("location").asText()));
        assertThat(eml)
                .contains("Subject: Java and AWS consultants available this week")
                .contains("Five Java and AWS consultants are available this week")
                .contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
                .contains("/v1/unsubscribe/");

        ObjectNode late = ApiEvent.load("outreach-drafts-patch").bodyJson();
        late.remove("bodyText");
        CompaniesContractIT.assertProblem(patch(recruiter, d.id(), null, late), 409, "draft-not-pending");
    }

    @Test
    void refusals_badText_unknownMember_anotherTenant_nothingChanged() {
        String list = OutreachContractIT.distributionList(
                recruiter, OutreachContractIT.contact(recruiter, OutreachContractIT.unique("edit-no"), true));
        ApiResponse d = OutreachContractIT.draft(sales, OutreachContractIT.hotList(recruiter), list);
        assertThat(d.status()).as(d.rawBody()).isEqualTo(201);

        ObjectNode blank = ApiEvent.load("outreach-drafts-patch").bodyJson();
        blank.put("subject", " ").put("bodyText", "Regards, [Your Name]");
        ApiResponse invalid = patch(recruiter, d.id(), null, blank);
        CompaniesContractIT.assertProblem(invalid, 422, "validation");
        assertThat(invalid.rawBody()).contains("/subject").contains("[Your Name]");
        ObjectNode other = ApiEvent.load("outreach-drafts-patch").bodyJson();
        other.put("status", "APPROVED");
        CompaniesContractIT.assertProblem(patch(recruiter, d.id(), null, other), 422, "validation");
        CompaniesContractIT.assertProblem(patch(otherOwner, d.id(), null, null), 404, "not-found");

        JsonNode now = exchange(
                        ApiEvent.load("outreach-drafts-get").token(recruiter).id(d.id()))
                .body();
        assertThat(now.path("version").asLong()).isEqualTo(1);
        assertThat(now.path("subject").asText())
                .isEqualTo(d.body().path("subject").asText());
        assertThat(now.has("editedBy")).isFalse();
    }

    @Test
    void submissionMail_anRtrAtAnotherRate_isRtrRequired_namingTheRate() {
        SubmissionsContractIT.World w = SubmissionsContractIT.world("draftedit-rate");
        UUID consultant = w.consultant("Rae Rated");
        UUID requirement = w.requirement("Java Developer", "Acme Bank");
        ObjectNode rtr = ApiEvent.load("rtrs-create").bodyJson();
        rtr.put("consultantId", consultant.toString())
                .put("requirementId", requirement.toString())
                .put("vendorCompanyId", w.vendorB().toString());
        ((ObjectNode) rtr.path("rate")).put("amount", 60);
        ApiResponse recorded =
                exchange(ApiEvent.load("rtrs-create").token(w.recruiter()).body(rtr));
        assertThat(recorded.status()).as(recorded.rawBody()).isEqualTo(201);
        UUID submission = SubmissionDraftContractIT.submit(
                w,
                consultant,
                requirement,
                SubmissionDraftContractIT.contact(w, "rae-" + UUID.randomUUID() + "@vendor.example"));

        ApiResponse refused = SubmissionDraftContractIT.draft(w.recruiter(), submission, null);

        CompaniesContractIT.assertProblem(refused, 422, "rtr-required");
        assertThat(refused.rawBody()).contains("consents to 60").contains("the bill rate is 85");
    }
}

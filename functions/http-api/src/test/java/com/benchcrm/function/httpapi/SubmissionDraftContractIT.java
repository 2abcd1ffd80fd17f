package com.benchcrm.function.httpapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.security.Role;
import com.benchcrm.sql.SqlParams;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /v1/submissions/{id}/outreach-draft} (ADRs 0101-0102) through the real Lambda entry
 * point with the sample event {@code events/http-api/submissions-outreach-draft.json}, every response
 * checked against the OpenAPI document: the draft names the consultant and attaches the RTR, approval
 * mails the vendor contact (no consent asked) as multipart/mixed with the RTR's text, another
 * tenant's submission is 404, no RTR is {@code 422 rtr-required}, no contact address {@code 422
 * no-recipient}, and {@code mode: AI} without a model {@code 503 ai-not-configured}; a bill rate changed
 * after drafting that the attached RTR does not consent to refuses the approval ({@code 422
 * rtr-required}, ADR 0108).
 */
class SubmissionDraftContractIT {

    @BeforeAll
    static void setUp() {
        SubmissionsContractIT.stack = ApiTestStack.get();
    }

    static ApiResponse exchange(ApiEvent event) {
        return HotListsContractIT.exchange(event);
    }

    static ApiResponse draft(String token, UUID submission, String mode) {
        ApiEvent e = ApiEvent.load("submissions-outreach-draft").token(token).id(submission);
        if (mode != null) {
            ObjectNode body = e.bodyJson();
            body.put("mode", mode);
            e = e.body(body);
        }
        return exchange(e);
    }

    /** A contact of vendor B with {@code email} (a UUIDv7 id, as the API's own). */
    static UUID contact(SubmissionsContractIT.World w, String email) {
        UUID id = new com.benchcrm.common.Ids(java.time.Clock.systemUTC()).next();
        ApiTestStack.get()
                .ownerSql()
                .inTenant(
                        w.tenant().id(),
                        s -> s.update(
                                "insert into contact (tenant_id, id, company_id, full_name, email)"
                                        + " values (:t, :id, :c, 'Bea Vendor', :e)",
                                SqlParams.of("t", w.tenant().id().value())
                                        .and("id", id)
                                        .and("c", w.vendorB())
                                        .and("e", email)));
        return id;
    }

    static UUID submit(SubmissionsContractIT.World w, UUID consultant, UUID requirement, UUID contact) {
        ObjectNode body = ApiEvent.load("submissions-create").bodyJson();
        body.put("consultantId", consultant.toString())
                .put("requirementId", requirement.toString())
                .put("vendorCompanyId", w.vendorB().toString())
                .put("submit", false);
        if (contact != null) {
            body.put("vendorContactId", contact.toString());
        } else {
            body.remove("vendorContactId");
        }
        ApiResponse r = exchange(ApiEvent.load("submissions-create")
                .token(w.recruiter())
                .withoutHeader("idempotency-key")
                .body(body));
        assertThat(r.status()).as(r.rawBody()).isEqualTo(201);
        return UUID.fromString(r.id());
    }

    /**
     * A tenant where {@code consultant} was submitted (billed at 85 USD/HOUR) to a Java Developer requirement
     * through vendor B, with a signed RTR at that rate, to a vendor contact who gave no marketing consent.
     */
    record Submitted(SubmissionsContractIT.World w, String email, UUID contact, ApiResponse rtr, UUID submission) {}

    static Submitted submittedWithRtr(String tenant, String consultantName) {
        SubmissionsContractIT.World w = SubmissionsContractIT.world(tenant);
        String email = "bea-" + UUID.randomUUID().toString().substring(0, 8) + "@vendor-beta.example";
        UUID contact = contact(w, email);
        OutreachContractIT.settings(w.admin(), 100);
        UUID consultant = w.consultant(consultantName);
        UUID requirement = w.requirement("Java Developer", "Acme Bank");
        ApiResponse rtr = w.rtr(consultant, requirement, w.vendorB()); // consents to 85 USD/HOUR
        assertThat(rtr.status()).as(rtr.rawBody()).isEqualTo(201);
        return new Submitted(w, email, contact, rtr, submit(w, consultant, requirement, contact));
    }

    static ApiResponse approve(SubmissionsContractIT.World w, String draftId) {
        return exchange(
                ApiEvent.load("outreach-drafts-approve").token(w.recruiter()).id(draftId));
    }

    @Test
    void draftApproveSend_namesTheConsultant_attachesTheRtr_mailsTheVendorContactWithoutConsent() throws Exception {
        Submitted s = submittedWithRtr("subdraft", "Avery Drafted");
        SubmissionsContractIT.World w = s.w();
        UUID submission = s.submission();

        ApiResponse d = draft(w.recruiter(), submission, null);

        assertThat(d.status()).as(d.rawBody()).isEqualTo(201);
        JsonNode draft = d.body();
        assertThat(draft.path("kind").asText()).isEqualTo("SUBMISSION");
        assertThat(draft.path("submissionId").asText()).isEqualTo(submission.toString());
        assertThat(draft.path("contactId").asText()).isEqualTo(s.contact().toString());
        assertThat(draft.path("rtrId").asText()).isEqualTo(s.rtr().id());
        assertThat(draft.path("generator").asText()).isEqualTo("TEMPLATE");
        assertThat(draft.path("subject").asText()).startsWith("Submission: Avery Drafted for Java Developer");
        assertThat(draft.path("bodyText").asText())
                .contains("Avery Drafted")
                .doesNotContain("avery.drafted@example.com");
        String attachment = draft.path("attachmentName").asText();
        assertThat(attachment).endsWith(".txt");

        String other = ApiTestStack.get().token(ApiTestStack.get().newTenant("subdraft-other"), Role.Owner);
        CompaniesContractIT.assertProblem(draft(other, submission, null), 404, "not-found");

        ApiResponse approved = approve(w, d.id());
        assertThat(approved.status()).as(approved.rawBody()).isEqualTo(200);
        assertThat(approved.body().path("queued").asInt()).isEqualTo(1);
        JsonNode mine = null;
        for (JsonNode m : exchange(ApiEvent.load("outreach-sent").token(w.recruiter()))
                .body()
                .path("items")) {
            if (m.path("draftId").asText().equals(d.id())) {
                mine = m;
            }
        }
        assertThat(mine).as("the vendor contact got the mail").isNotNull();
        assertThat(mine.path("recipient").asText()).isEqualTo(s.email());
        String eml = Files.readString(
                ApiTestStack.SENT_MAIL_DIR.resolve(mine.path("location").asText()));
        assertThat(eml)
                .contains("multipart/mixed")
                .contains("Content-Disposition: attachment")
                .contains(attachment)
                .contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    }

    static ApiResponse billRate(SubmissionsContractIT.World w, UUID submission, String amount) {
        ObjectNode body = ApiEvent.load("submissions-patch").bodyJson();
        body.removeAll();
        body.putObject("billRate")
                .put("amount", new java.math.BigDecimal(amount))
                .put("currency", "USD")
                .put("unit", "HOUR");
        return exchange(ApiEvent.load("submissions-patch")
                .token(w.recruiter())
                .id(submission)
                .body(body));
    }

    @Test
    void approve_afterTheBillRateChanged_is422RtrRequiredNamingBothRates_theDraftStays_untilTheRateIsCoveredAgain() {
        Submitted s = submittedWithRtr("subdraft-rate", "Rhea Rated");
        SubmissionsContractIT.World w = s.w();
        UUID submission = s.submission();
        ApiResponse d = draft(w.recruiter(), submission, null);
        assertThat(d.status()).as(d.rawBody()).isEqualTo(201);
        ApiResponse changed = billRate(w, submission, "95");
        assertThat(changed.status()).as(changed.rawBody()).isEqualTo(200);

        ApiResponse refused = approve(w, d.id());

        CompaniesContractIT.assertProblem(refused, 422, "rtr-required");
        assertThat(refused.body().path("rtrProblems"))
                .singleElement()
                .satisfies(p -> assertThat(p.asText())
                        .contains("RTR " + s.rtr().id()
                                + " consents to 85.00 USD/HOUR, the bill rate is 95.00 USD/HOUR"));
        assertThat(refused.body().path("detail").asText()).contains("the bill rate is 95.00 USD/HOUR");
        assertThat(exchange(ApiEvent.load("outreach-drafts-get")
                                .token(w.recruiter())
                                .id(d.id()))
                        .body()
                        .path("status")
                        .asText())
                .isEqualTo("DRAFT");
        assertThat(exchange(ApiEvent.load("outreach-drafts-messages")
                                .token(w.recruiter())
                                .id(d.id()))
                        .body()
                        .path("items"))
                .as("nothing queued")
                .isEmpty();

        assertThat(billRate(w, submission, "85").status()).isEqualTo(200);
        ApiResponse approved = approve(w, d.id());
        assertThat(approved.status()).as(approved.rawBody()).isEqualTo(200);
        assertThat(approved.body().path("queued").asInt()).isEqualTo(1);
    }

    @Test
    void refusals_noRtr_noRecipient_aiWithoutAModel_nothingStored() {
        SubmissionsContractIT.World w = SubmissionsContractIT.world("subdraft-refused");
        UUID consultant = w.consultant("Noor Refused");
        UUID requirement = w.requirement("Data Engineer", "Acme Bank");
        UUID withoutRtr =
                submit(w, consultant, requirement, contact(w, "noor-" + UUID.randomUUID() + "@vendor.example"));
        CompaniesContractIT.assertProblem(draft(w.recruiter(), withoutRtr, null), 422, "rtr-required");

        UUID consultant2 = w.consultant("Omar Refused");
        assertThat(w.rtr(consultant2, requirement, w.vendorB()).status()).isEqualTo(201);
        UUID noContact = submit(w, consultant2, requirement, null);
        CompaniesContractIT.assertProblem(draft(w.recruiter(), noContact, null), 422, "no-recipient");

        UUID consultant3 = w.consultant("Pia Refused");
        assertThat(w.rtr(consultant3, requirement, w.vendorB()).status()).isEqualTo(201);
        UUID ok = submit(w, consultant3, requirement, contact(w, "pia-" + UUID.randomUUID() + "@vendor.example"));
        CompaniesContractIT.assertProblem(draft(w.recruiter(), ok, "AI"), 503, "ai-not-configured");
        CompaniesContractIT.assertProblem(draft(w.recruiter(), ok, "SOMETIMES"), 400, "invalid-body");

        assertThat(exchange(ApiEvent.load("outreach-drafts-list").token(w.admin()))
                        .body()
                        .path("items"))
                .isEmpty();
    }
}

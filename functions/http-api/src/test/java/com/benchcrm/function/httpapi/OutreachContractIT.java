package com.benchcrm.function.httpapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.security.Role;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Distribution lists, consent, suppressions, drafts, approval, sent mail and the public one-click
 * unsubscribe through the real Lambda entry point with the sample events of {@code events/http-api/}:
 * every response checked against the OpenAPI document; nothing sent before approval; no postal address,
 * no consent, every consenting address suppressed, a second approval and a send over the cap each a
 * precise problem with nothing sent (one named case each); no route showing or taking another tenant's
 * records.
 */
class OutreachContractIT {

    static ApiTestStack stack;
    static ApiTestStack.TestTenant tenant;
    static ApiTestStack.TestTenant other;
    static String recruiter;
    static String sales;
    static String owner;
    static String otherOwner;

    @BeforeAll
    static void setUp() {
        stack = ApiTestStack.get();
        tenant = stack.newTenant("outreach");
        other = stack.newTenant("outreach-other");
        recruiter = stack.token(tenant, Role.Recruiter);
        sales = stack.token(tenant, Role.Sales);
        owner = stack.token(tenant, Role.Owner);
        otherOwner = stack.token(other, Role.Owner);
        settings(owner, 100);
    }

    static ApiResponse exchange(ApiEvent event) {
        return HotListsContractIT.exchange(event);
    }

    static void settings(String token, int cap) {
        ObjectNode body = ApiEvent.load("settings-marketing-put").bodyJson();
        body.put("dailySendCap", cap);
        ApiResponse r =
                exchange(ApiEvent.load("settings-marketing-put").token(token).body(body));
        assertThat(r.status()).as(r.rawBody()).isEqualTo(200);
    }

    static String contact(String token, String email, boolean consent) {
        ObjectNode body = ApiEvent.load("contacts-create").bodyJson();
        body.put("fullName", "Vendor " + email).put("email", email).remove("companyId");
        ApiResponse r = exchange(ApiEvent.load("contacts-create")
                .token(token)
                .withoutHeader("idempotency-key")
                .body(body));
        assertThat(r.status()).as(r.rawBody()).isEqualTo(201);
        if (consent) {
            ApiResponse c =
                    exchange(ApiEvent.load("contacts-consent-put").token(token).id(r.id()));
            assertThat(c.status()).as(c.rawBody()).isEqualTo(200);
        }
        return r.id();
    }

    static String distributionList(String token, String... contactIds) {
        ObjectNode body = ApiEvent.load("distribution-lists-create").bodyJson();
        var ids = body.putArray("contactIds");
        for (String id : contactIds) {
            ids.add(id);
        }
        ApiResponse r = exchange(ApiEvent.load("distribution-lists-create")
                .token(token)
                .withoutHeader("idempotency-key")
                .body(body));
        assertThat(r.status()).as(r.rawBody()).isEqualTo(201);
        return r.id();
    }

    static ApiResponse draft(String token, String hotList, String list) {
        ObjectNode body = ApiEvent.load("outreach-drafts-create").bodyJson();
        body.put("hotListId", hotList).put("distributionListId", list);
        return exchange(ApiEvent.load("outreach-drafts-create").token(token).body(body));
    }

    static String hotList(String token) {
        String c = HotListsContractIT.consultant(token, "Wes Private", "Senior Java Developer");
        return HotListsContractIT.createHotList(token, "Java bench", c).id();
    }

    static String unique(String local) {
        return local + "-" + UUID.randomUUID().toString().substring(0, 8) + "@vendor.example";
    }

    @Test
    void draftApproveSend_onlyConsentingUnsuppressedContactsGetOneMailWithUnsubscribe_thenOneClickSuppresses()
            throws Exception {
        String yes = unique("yes");
        String a = contact(recruiter, yes, true);
        String b = contact(recruiter, unique("noconsent"), false);
        String gone = unique("gone");
        String c = contact(recruiter, gone, true);
        ObjectNode suppress = ApiEvent.load("suppressions-create").bodyJson();
        suppress.put("email", gone.toUpperCase());
        ApiResponse s =
                exchange(ApiEvent.load("suppressions-create").token(recruiter).body(suppress));
        assertThat(s.status()).as(s.rawBody()).isEqualTo(201);
        assertThat(s.body().path("email").asText()).isEqualTo(gone);

        ApiResponse d = draft(sales, hotList(recruiter), distributionList(recruiter, a, b, c));
        assertThat(d.status()).as(d.rawBody()).isEqualTo(201);
        assertThat(d.body().path("status").asText()).isEqualTo("DRAFT");
        assertThat(d.body().path("bodyText").asText())
                .contains("Senior Java Developer")
                .doesNotContain("Wes", "Private");
        String draft = d.id();
        assertThat(exchange(ApiEvent.load("outreach-drafts-list").token(recruiter))
                        .body()
                        .path("items")
                        .findValuesAsText("id"))
                .contains(draft);
        assertThat(exchange(ApiEvent.load("outreach-drafts-messages")
                                .token(recruiter)
                                .id(draft))
                        .body()
                        .path("items"))
                .as("nothing is queued before approval")
                .isEmpty();

        CompaniesContractIT.assertProblem(
                exchange(ApiEvent.load("outreach-drafts-approve").token(sales).id(draft)), 403, "forbidden");
        ApiResponse approved = exchange(
                ApiEvent.load("outreach-drafts-approve").token(recruiter).id(draft));
        assertThat(approved.status()).as(approved.rawBody()).isEqualTo(200);
        assertThat(approved.body().path("queued").asInt()).isEqualTo(1);
        assertThat(approved.body().path("skipped").findValuesAsText("reason"))
                .containsExactlyInAnyOrder("no-consent", "suppressed");
        CompaniesContractIT.assertProblem(
                exchange(ApiEvent.load("outreach-drafts-approve")
                        .token(recruiter)
                        .id(draft)),
                409,
                "draft-not-pending");

        JsonNode sent =
                exchange(ApiEvent.load("outreach-sent").token(recruiter)).body().path("items");
        JsonNode mine = null;
        for (JsonNode m : sent) {
            if (m.path("draftId").asText().equals(draft)) {
                assertThat(mine).as("one mail per recipient").isNull();
                mine = m;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.path("recipient").asText()).isEqualTo(yes);
        String eml = Files.readString(
                ApiTestStack.SENT_MAIL_DIR.resolve(mine.path("location").asText()));
        assertThat(eml)
                .contains("Message-ID: " + mine.path("messageId").asText())
                .contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
                .containsPattern("List-Unsubscribe:\\s+<https://api\\.benchcrm\\.example/v1/unsubscribe/");
        String token = eml.substring(eml.indexOf("/v1/unsubscribe/") + 16);
        token = token.substring(0, token.indexOf('>'));

        ApiResponse page = exchange(ApiEvent.load("unsubscribe-get").path("/v1/unsubscribe/" + token));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.rawBody()).contains("y***@vendor.example").contains("<form method=\"post\"");
        assertThat(exchange(ApiEvent.load("suppressions-list").token(recruiter))
                        .body()
                        .path("items")
                        .findValuesAsText("email"))
                .as("a GET never unsubscribes")
                .doesNotContain(yes);
        ApiResponse done = exchange(ApiEvent.load("unsubscribe-post").path("/v1/unsubscribe/" + token));
        assertThat(done.status()).isEqualTo(200);
        JsonNode list = exchange(ApiEvent.load("suppressions-list").token(recruiter))
                .body()
                .path("items");
        assertThat(list.findValuesAsText("email")).contains(yes, gone);
        assertThat(exchange(ApiEvent.load("unsubscribe-post").path("/v1/unsubscribe/" + token + "x"))
                        .status())
                .isEqualTo(404);
        ApiResponse otherSees = exchange(ApiEvent.load("suppressions-list").token(otherOwner));
        assertThat(otherSees.body().path("items").findValuesAsText("email")).doesNotContain(yes, gone);
    }

    @Test
    void draftMessages_pagedByCursor_filteredByStatus_anotherTenantsCursorIs404() {
        ApiTestStack.TestTenant own = stack.newTenant("outreach-message-pages");
        String ownRecruiter = stack.token(own, Role.Recruiter);
        settings(stack.token(own, Role.Owner), 100);
        String one = contact(ownRecruiter, unique("p1"), true);
        String two = contact(ownRecruiter, unique("p2"), true);
        String three = contact(ownRecruiter, unique("p3"), true);
        String draft = draft(ownRecruiter, hotList(ownRecruiter), distributionList(ownRecruiter, one, two, three))
                .id();
        ApiResponse approved = exchange(
                ApiEvent.load("outreach-drafts-approve").token(ownRecruiter).id(draft));
        assertThat(approved.status()).as(approved.rawBody()).isEqualTo(200);
        assertThat(approved.body().path("queued").asInt()).isEqualTo(3);

        ApiResponse first = exchange(ApiEvent.load("outreach-drafts-messages")
                .token(ownRecruiter)
                .id(draft)
                .query("limit", "2"));
        assertThat(first.status()).as(first.rawBody()).isEqualTo(200);
        assertThat(first.body().path("items")).hasSize(2);
        String cursor = first.body().path("nextCursor").asText();
        assertThat(cursor).isNotBlank();
        ApiResponse second = exchange(ApiEvent.load("outreach-drafts-messages")
                .token(ownRecruiter)
                .id(draft)
                .query("limit", "2")
                .query("cursor", cursor));
        assertThat(second.status()).as(second.rawBody()).isEqualTo(200);
        assertThat(second.body().path("items")).hasSize(1);
        assertThat(second.body().has("nextCursor"))
                .as("the last page names no next")
                .isFalse();
        var ids = new java.util.ArrayList<String>(first.body().path("items").findValuesAsText("id"));
        ids.addAll(second.body().path("items").findValuesAsText("id"));
        assertThat(ids)
                .as("every recipient once, in id order")
                .doesNotHaveDuplicates()
                .isSorted();
        var recipients =
                new java.util.ArrayList<String>(first.body().path("items").findValuesAsText("recipient"));
        recipients.addAll(second.body().path("items").findValuesAsText("recipient"));
        assertThat(recipients).hasSize(3).allMatch(r -> r.startsWith("p"));

        var byStatus = new java.util.HashMap<String, Integer>();
        for (String status : new String[] {"QUEUED", "SENT", "SUPPRESSED", "FAILED"}) {
            ApiResponse r = exchange(ApiEvent.load("outreach-drafts-messages")
                    .token(ownRecruiter)
                    .id(draft)
                    .query("status", status));
            assertThat(r.status()).as(r.rawBody()).isEqualTo(200);
            assertThat(r.body().path("items").findValuesAsText("status")).allMatch(status::equals);
            byStatus.put(status, r.body().path("items").size());
        }
        assertThat(byStatus.values().stream().mapToInt(Integer::intValue).sum())
                .as("the statuses partition the draft's messages")
                .isEqualTo(3);
        assertThat(byStatus.get("SUPPRESSED") + byStatus.get("FAILED")).isZero();
        ApiResponse failed = exchange(ApiEvent.load("outreach-drafts-messages-page")
                .token(ownRecruiter)
                .id(draft));
        assertThat(failed.status()).as(failed.rawBody()).isEqualTo(200);
        assertThat(failed.body().path("items"))
                .as("the sample's ?status=FAILED")
                .isEmpty();

        CompaniesContractIT.assertProblem(
                exchange(ApiEvent.load("outreach-drafts-messages")
                        .token(stack.token(other, Role.Recruiter))
                        .id(draft)
                        .query("cursor", cursor)),
                404,
                "not-found");
    }

    @ParameterizedTest(name = "?{0}={1} is 400 invalid-request")
    @CsvSource({"status, BOUNCED", "status, sent", "cursor, not-a-cursor", "limit, 0", "limit, many"})
    void draftMessages_badQuery_is400(String parameter, String value) {
        ApiTestStack.TestTenant own = stack.newTenant("outreach-bad-query");
        String ownRecruiter = stack.token(own, Role.Recruiter);
        settings(stack.token(own, Role.Owner), 100);
        String approved = draft(
                        ownRecruiter,
                        hotList(ownRecruiter),
                        distributionList(ownRecruiter, contact(ownRecruiter, unique("q"), true)))
                .id();
        ApiResponse a = exchange(
                ApiEvent.load("outreach-drafts-approve").token(ownRecruiter).id(approved));
        assertThat(a.status()).as(a.rawBody()).isEqualTo(200);

        CompaniesContractIT.assertProblem(
                exchange(ApiEvent.load("outreach-drafts-messages")
                        .token(ownRecruiter)
                        .id(approved)
                        .query(parameter, value)),
                400,
                "invalid-request");
    }

    /** Why an approval is refused: how the tenant is set up, who is on the list, and the problem expected. */
    enum Refusal {
        NO_POSTAL_ADDRESS(false, 100, List.of(true), "postal-address-required"),
        NO_CONSENT(true, 100, List.of(false), "no-consent"),
        EVERY_CONSENTING_CONTACT_SUPPRESSED(true, 100, List.of(true, false), "recipient-suppressed"),
        OVER_THE_DAILY_CAP(true, 2, List.of(true, true, true), "daily-send-cap");

        final boolean settings;
        final int cap;
        final List<Boolean> consents;
        final String problem;

        Refusal(boolean settings, int cap, List<Boolean> consents, String problem) {
            this.settings = settings;
            this.cap = cap;
            this.consents = consents;
            this.problem = problem;
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Refusal.class)
    void approve_refused_isAPreciseProblem_theDraftStays_nothingQueuedOrSent(Refusal refusal) {
        ApiTestStack.TestTenant own = stack.newTenant("outreach-refusal");
        String ownRecruiter = stack.token(own, Role.Recruiter);
        if (refusal.settings) {
            settings(stack.token(own, Role.Owner), refusal.cap);
        }
        List<String> contacts = new java.util.ArrayList<>();
        for (boolean consent : refusal.consents) {
            String email = unique("r");
            contacts.add(contact(ownRecruiter, email, consent));
            if (consent && refusal == Refusal.EVERY_CONSENTING_CONTACT_SUPPRESSED) {
                ObjectNode body = ApiEvent.load("suppressions-create").bodyJson();
                body.put("email", email);
                assertThat(exchange(ApiEvent.load("suppressions-create")
                                        .token(ownRecruiter)
                                        .body(body))
                                .status())
                        .isIn(200, 201);
            }
        }
        ApiResponse d = draft(
                ownRecruiter, hotList(ownRecruiter), distributionList(ownRecruiter, contacts.toArray(String[]::new)));
        assertThat(d.status()).as(d.rawBody()).isEqualTo(201);

        CompaniesContractIT.assertProblem(
                exchange(ApiEvent.load("outreach-drafts-approve")
                        .token(ownRecruiter)
                        .id(d.id())),
                422,
                refusal.problem);

        assertThat(exchange(ApiEvent.load("outreach-drafts-messages")
                                .token(ownRecruiter)
                                .id(d.id()))
                        .body()
                        .path("items"))
                .isEmpty();
        assertThat(exchange(ApiEvent.load("outreach-drafts-get")
                                .token(ownRecruiter)
                                .id(d.id()))
                        .body()
                        .path("status")
                        .asText())
                .isEqualTo("DRAFT");
        assertThat(exchange(ApiEvent.load("outreach-sent").token(ownRecruiter))
                        .body()
                        .path("items"))
                .isEmpty();
    }

    @Test
    void draft_ofAnUnknownHotList_is422AtHotListId() {
        String ownRecruiter = stack.token(stack.newTenant("outreach-unknown-hot-list"), Role.Recruiter);
        String list = distributionList(ownRecruiter, contact(ownRecruiter, unique("u"), false));
        ObjectNode unknown = ApiEvent.load("outreach-drafts-create").bodyJson();
        unknown.put("hotListId", UUID.randomUUID().toString()).put("distributionListId", list);

        ApiResponse bad = exchange(
                ApiEvent.load("outreach-drafts-create").token(ownRecruiter).body(unknown));

        CompaniesContractIT.assertProblem(bad, 422, "validation");
        assertThat(bad.body().path("errors").findValuesAsText("pointer")).containsExactly("/hotListId");
    }

    @Test
    void sesBounceInjected_suppressesTheAddress_butOnlyForTheCallersOrganization() {
        ObjectNode bounce = ApiEvent.load("suppressions-feedback").bodyJson();
        String address = unique("bounced");
        ((ObjectNode) bounce.path("bounce").path("bouncedRecipients").get(0)).put("emailAddress", address);
        ((com.fasterxml.jackson.databind.node.ArrayNode)
                        bounce.path("mail").path("tags").path("benchcrm-tenant"))
                .set(
                        0,
                        ApiEvent.JSON
                                .getNodeFactory()
                                .textNode(tenant.id().value().toString()));

        CompaniesContractIT.assertProblem(
                exchange(
                        ApiEvent.load("suppressions-feedback").token(otherOwner).body(bounce)),
                422,
                "validation");
        CompaniesContractIT.assertProblem(
                exchange(ApiEvent.load("suppressions-feedback").token(recruiter).body(bounce)), 403, "forbidden");
        ApiResponse r =
                exchange(ApiEvent.load("suppressions-feedback").token(owner).body(bounce));
        assertThat(r.status()).as(r.rawBody()).isEqualTo(200);
        assertThat(r.body().path("suppressed").findValuesAsText("suppressed")).isEmpty();
        assertThat(r.body().path("suppressed").get(0).asText()).isEqualTo(address);
        ApiResponse removed =
                exchange(ApiEvent.load("suppressions-delete").token(recruiter).path("/v1/suppressions/" + address));
        assertThat(removed.status()).isEqualTo(204);
        CompaniesContractIT.assertProblem(
                exchange(ApiEvent.load("suppressions-delete").token(recruiter).path("/v1/suppressions/" + address)),
                404,
                "not-found");
    }

    @Test
    void anotherTenant_cannotSeeOrUseListsConsentDraftsOrSentMail() {
        String contactId = contact(recruiter, unique("private"), true);
        String list = distributionList(recruiter, contactId);
        ApiResponse d = draft(recruiter, hotList(recruiter), list);
        String otherRecruiter = stack.token(other, Role.Recruiter);

        CompaniesContractIT.assertProblem(
                exchange(ApiEvent.load("distribution-lists-get")
                        .token(otherRecruiter)
                        .id(list)),
                404,
                "not-found");
        CompaniesContractIT.assertProblem(
                exchange(ApiEvent.load("distribution-lists-delete")
                        .token(otherRecruiter)
                        .id(list)),
                404,
                "not-found");
        CompaniesContractIT.assertProblem(
                exchange(ApiEvent.load("contacts-consent-get")
                        .token(otherRecruiter)
                        .id(contactId)),
                404,
                "not-found");
        CompaniesContractIT.assertProblem(
                exchange(ApiEvent.load("contacts-consent-put")
                        .token(otherRecruiter)
                        .id(contactId)),
                404,
                "not-found");
        CompaniesContractIT.assertProblem(
                exchange(ApiEvent.load("outreach-drafts-get")
                        .token(otherRecruiter)
                        .id(d.id())),
                404,
                "not-found");
        CompaniesContractIT.assertProblem(
                exchange(ApiEvent.load("outreach-drafts-approve")
                        .token(otherOwner)
                        .id(d.id())),
                404,
                "not-found");
        CompaniesContractIT.assertProblem(
                exchange(ApiEvent.load("outreach-drafts-messages")
                        .token(otherRecruiter)
                        .id(d.id())),
                404,
                "not-found");
        assertThat(exchange(ApiEvent.load("outreach-drafts-list").token(otherRecruiter))
                        .body()
                        .path("items")
                        .findValuesAsText("id"))
                .doesNotContain(d.id());
        ObjectNode foreign = ApiEvent.load("distribution-lists-create").bodyJson();
        foreign.putArray("contactIds").add(contactId);
        ApiResponse stolen = exchange(ApiEvent.load("distribution-lists-create")
                .token(otherRecruiter)
                .withoutHeader("idempotency-key")
                .body(foreign));
        CompaniesContractIT.assertProblem(stolen, 422, "validation");
        assertThat(exchange(ApiEvent.load("outreach-drafts-get")
                                .token(recruiter)
                                .id(d.id()))
                        .status())
                .isEqualTo(200);
    }
}

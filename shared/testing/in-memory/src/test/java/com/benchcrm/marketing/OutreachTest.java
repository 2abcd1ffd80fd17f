package com.benchcrm.marketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.ConflictException;
import com.benchcrm.common.Ids;
import com.benchcrm.common.NotFoundException;
import com.benchcrm.company.ContactInput;
import com.benchcrm.company.Contacts;
import com.benchcrm.consultant.Consultants;
import com.benchcrm.idempotency.Idempotency;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.persistence.Tx;
import com.benchcrm.security.Caller;
import com.benchcrm.security.ForbiddenException;
import com.benchcrm.security.Role;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.testing.contract.Samples;
import com.benchcrm.testing.memory.InMemoryPersistence;
import com.benchcrm.testing.memory.TickingClock;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Drafts, approval and sending against the in-memory repositories: nothing leaves before a person
 * approves; consent, suppressions, the postal address and the daily cap are each enforced with a
 * precise refusal and nothing queued; every mail carries one-click unsubscribe, the postal address
 * and a recorded Message-ID; a retry never sends twice; unsubscribes, bounces and complaints
 * suppress at once.
 */
class OutreachTest {

    final Clock clock = new TickingClock(Instant.parse("2026-12-06T10:00:00Z"));
    final InMemoryPersistence db = InMemoryPersistence.create(clock);
    final Ids ids = new Ids(clock);
    final AuditLog audit = new AuditLog(db.transactions(), db.audit(), ids, clock);
    final Outbox outbox = new Outbox(db.outbox(), ids, clock);
    final Idempotency idempotency = new Idempotency(db.idempotency(), clock);
    final Consultants consultants =
            new Consultants(db.transactions(), db.consultants(), audit, outbox, idempotency, ids, clock);
    final Contacts contacts =
            new Contacts(db.transactions(), db.contacts(), db.companies(), audit, outbox, idempotency, ids, clock);
    final HotLists hotLists = new HotLists(
            db.transactions(),
            db.hotLists(),
            db.consultants(),
            db.consultantMarketing(),
            db.marketingSettings(),
            audit,
            outbox,
            idempotency,
            ids,
            clock);
    final DistributionLists lists = new DistributionLists(
            db.transactions(), db.distributionLists(), db.contacts(), audit, outbox, idempotency, ids, clock);
    final Consents consents = new Consents(db.transactions(), db.contacts(), db.consents(), audit, clock);
    final Suppressions suppressions = new Suppressions(db.transactions(), db.suppressions(), audit, clock);
    final MarketingPolicy policy = new MarketingPolicy(db.transactions(), db.marketingSettings(), audit, clock);
    final UnsubscribeTokens tokens =
            new UnsubscribeTokens("a-test-secret-of-at-least-32-bytes!!".getBytes(StandardCharsets.UTF_8));
    final List<OutboundMail> sentMail = new ArrayList<>();
    boolean providerDown;
    final MailSender recording = (tenant, mail) -> {
        if (providerDown) {
            throw new MailSender.MailSendException("provider unavailable", null);
        }
        sentMail.add(mail);
        return "mail-" + sentMail.size() + ".eml";
    };
    final OutreachSender sender = new OutreachSender(
            db.transactions(),
            db.outreachDrafts(),
            db.outreachMessages(),
            db.suppressions(),
            db.marketingSettings(),
            db.rtrs(),
            db.submissions(),
            recording,
            tokens,
            "https://api.acme.example/",
            "unsubscribe@mail.acme.example",
            clock);
    final Outreach outreach = new Outreach(
            db.transactions(),
            db.outreachDrafts(),
            db.outreachMessages(),
            hotLists,
            db.distributionLists(),
            db.contacts(),
            db.consents(),
            db.suppressions(),
            db.marketingSettings(),
            db.rtrs(),
            db.submissions(),
            OutreachQueue.inline(sender),
            audit,
            ids,
            clock);
    final TenantId tenant = new TenantId(UUID.randomUUID());
    final Caller recruiter = new Caller(tenant, "u-recruiter", Set.of(Role.Recruiter), "t1");
    final Caller sales = new Caller(tenant, "u-sales", Set.of(Role.Sales), "t2");
    final Caller owner = new Caller(tenant, "u-owner", Set.of(Role.Owner), "t3");

    void postalAddress(int cap) {
        policy.put(
                owner,
                new MarketingSettings.Input(
                        false, "100 Main Street, Austin, TX 78701", "Acme Bench", "bench@acme.example", cap),
                OptionalLong.empty());
    }

    UUID contact(String email, boolean consent) {
        UUID id = contacts.create(
                        recruiter, new ContactInput(null, "Vendor " + email, email, null, null, null), Optional.empty())
                .value()
                .id();
        if (consent) {
            consents.record(
                    recruiter,
                    id,
                    new ContactConsent.Input(ConsentBasis.OPT_IN, Instant.parse("2026-11-01T00:00:00Z"), null));
        }
        return id;
    }

    OutreachDraft draft(List<UUID> contactIds) {
        UUID consultant = consultants
                .create(
                        recruiter,
                        Samples.consultant("Nia Secret", "nia+" + UUID.randomUUID() + "@private.example"),
                        Optional.empty())
                .value()
                .id();
        UUID hot = hotLists.create(
                        recruiter, new HotListInput("Java bench", List.of(consultant), null, null), Optional.empty())
                .value()
                .id();
        UUID list = lists.create(
                        recruiter,
                        new DistributionListInput("Texas vendors", null, "TX", null, contactIds),
                        Optional.empty())
                .value()
                .id();
        return outreach.draftHotList(sales, new Outreach.HotListDraftRequest(hot, list));
    }

    List<OutreachMessage> messages(UUID draft) {
        return db.transactions()
                .inTenant(tenant, (Tx tx) -> db.outreachMessages().listByDraft(tx, draft, Optional.empty()));
    }

    @Test
    void withoutAnUnsubscribeMailbox_theMailOffersOnlyTheOneClickLink() {
        postalAddress(100);
        UUID yes = contact("yes@vendor.example", true);
        OutreachDraft d = draft(List.of(yes));
        outreach.approve(recruiter, d.id());
        OutreachSender noMailbox = new OutreachSender(
                db.transactions(),
                db.outreachDrafts(),
                db.outreachMessages(),
                db.suppressions(),
                db.marketingSettings(),
                db.rtrs(),
                db.submissions(),
                recording,
                tokens,
                "https://api.acme.example",
                "",
                clock);
        OutreachMessage message = messages(d.id()).get(0);
        OutboundMail mail = db.transactions()
                .inTenant(
                        tenant,
                        (Tx tx) -> noMailbox.compose(
                                tenant,
                                db.outreachDrafts().find(tx, d.id()).orElseThrow(),
                                message,
                                db.marketingSettings().find(tx).orElseThrow(),
                                List.of()));

        assertThat(mail.headers().get("List-Unsubscribe"))
                .matches("<https://api\\.acme\\.example/v1/unsubscribe/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+>");
        assertThat(mail.headers().get("List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
    }

    @Test
    void approve_sendsToConsentingUnsuppressedContacts_withUnsubscribePostalAddressAndMessageId() {
        postalAddress(100);
        UUID yes = contact("yes@vendor.example", true);
        UUID no = contact("no@vendor.example", false);
        UUID gone = contact("gone@vendor.example", true);
        suppressions.add(recruiter, new Suppression.Input("GONE@vendor.example", "asked by phone"));
        OutreachDraft d = draft(List.of(yes, no, gone));
        assertThat(sentMail).as("nothing is sent before approval").isEmpty();
        assertThat(d.status()).isEqualTo(OutreachDraft.Status.DRAFT);

        Outreach.Approval a = outreach.approve(recruiter, d.id());

        assertThat(a.queued()).isEqualTo(1);
        assertThat(a.skipped())
                .extracting(Outreach.Skipped::reason)
                .containsExactlyInAnyOrder("no-consent", "suppressed");
        assertThat(sentMail).hasSize(1);
        OutboundMail mail = sentMail.get(0);
        assertThat(mail.to()).isEqualTo("yes@vendor.example");
        assertThat(mail.headers().get("List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(mail.headers().get("List-Unsubscribe"))
                .matches(
                        "<https://api\\.acme\\.example/v1/unsubscribe/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+>, <mailto:unsubscribe@mail\\.acme\\.example\\?subject=unsubscribe%20.+>");
        assertThat(mail.text())
                .contains("100 Main Street, Austin, TX 78701")
                .doesNotContain("Nia", "nia@private.example");
        assertThat(mail.html()).contains("100 Main Street").contains("Unsubscribe</a>");
        List<OutreachMessage> rows = messages(d.id());
        OutreachMessage sent = rows.stream()
                .filter(m -> m.status() == OutreachMessage.Status.SENT)
                .findFirst()
                .orElseThrow();
        assertThat(sent.messageId()).isEqualTo(mail.messageId()).matches("<[0-9a-f-]{36}@acme\\.example>");
        assertThat(sent.location()).isEqualTo("mail-1.eml");
        assertThat(rows)
                .filteredOn(m -> m.status() == OutreachMessage.Status.SUPPRESSED)
                .hasSize(2);
        assertThat(outreach.get(recruiter, d.id()).status()).isEqualTo(OutreachDraft.Status.APPROVED);
        assertThatThrownBy(() -> outreach.approve(recruiter, d.id()))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.reason()).isEqualTo("draft-not-pending"));
        assertThat(sentMail).hasSize(1);
    }

    @Test
    void approve_refusals_areEachPreciseAndQueueNothing() {
        UUID yes = contact("one@vendor.example", true);
        UUID no = contact("two@vendor.example", false);
        OutreachDraft noAddress = draft(List.of(yes));
        assertThatThrownBy(() -> outreach.approve(recruiter, noAddress.id()))
                .isInstanceOfSatisfying(
                        OutreachRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo("postal-address-required"));

        postalAddress(1);
        OutreachDraft noConsent = draft(List.of(no));
        assertThatThrownBy(() -> outreach.approve(recruiter, noConsent.id()))
                .isInstanceOfSatisfying(
                        OutreachRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo("no-consent"));

        suppressions.add(recruiter, new Suppression.Input("one@vendor.example", null));
        OutreachDraft allSuppressed = draft(List.of(yes, no));
        assertThatThrownBy(() -> outreach.approve(recruiter, allSuppressed.id()))
                .isInstanceOfSatisfying(
                        OutreachRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo("recipient-suppressed"));

        UUID three = contact("three@vendor.example", true);
        UUID four = contact("four@vendor.example", true);
        OutreachDraft overCap = draft(List.of(three, four));
        assertThatThrownBy(() -> outreach.approve(recruiter, overCap.id()))
                .isInstanceOfSatisfying(
                        OutreachRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo("daily-send-cap"));

        assertThat(sentMail).isEmpty();
        for (OutreachDraft d : List.of(noAddress, noConsent, allSuppressed, overCap)) {
            assertThat(messages(d.id())).isEmpty();
            assertThat(outreach.get(recruiter, d.id()).status()).isEqualTo(OutreachDraft.Status.DRAFT);
        }
    }

    @Test
    void approve_needsRecruiterOrAbove_andAnotherTenantFindsNothing() {
        postalAddress(10);
        OutreachDraft d = draft(List.of(contact("x@vendor.example", true)));
        assertThatThrownBy(() -> outreach.approve(sales, d.id())).isInstanceOf(ForbiddenException.class);
        Caller stranger = new Caller(new TenantId(UUID.randomUUID()), "u-x", Set.of(Role.Owner), "t9");
        assertThatThrownBy(() -> outreach.approve(stranger, d.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> outreach.get(stranger, d.id())).isInstanceOf(NotFoundException.class);
        assertThat(sentMail).isEmpty();
    }

    @Test
    void send_retriedAfterAFailure_sendsOnce_andSuppressionSinceApprovalIsHonoured() {
        postalAddress(10);
        UUID a = contact("a@vendor.example", true);
        UUID b = contact("b@vendor.example", true);
        OutreachDraft d = draft(List.of(a, b));
        providerDown = true;
        outreach.approve(recruiter, d.id());
        assertThat(messages(d.id())).extracting(OutreachMessage::status).containsOnly(OutreachMessage.Status.QUEUED);

        suppressions.suppress(tenant, "B@vendor.example", SuppressionReason.COMPLAINED, "Complaint", "ses-feedback");
        providerDown = false;
        for (int attempt = 0; attempt < 3; attempt++) {
            for (OutreachMessage m : messages(d.id())) {
                sender.send(tenant, m.id());
            }
        }

        assertThat(sentMail).extracting(OutboundMail::to).containsExactly("a@vendor.example");
        assertThat(messages(d.id()))
                .extracting(OutreachMessage::recipient, OutreachMessage::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("a@vendor.example", OutreachMessage.Status.SENT),
                        org.assertj.core.groups.Tuple.tuple("b@vendor.example", OutreachMessage.Status.SUPPRESSED));
    }

    @Test
    void send_ofAMessageWhoseDraftIsNotApproved_isRefusedAndNothingSent() {
        postalAddress(10);
        OutreachDraft d = draft(List.of(contact("c@vendor.example", true)));
        UUID id = UUID.randomUUID();
        db.transactions()
                .inTenant(
                        tenant,
                        (Tx tx) -> db.outreachMessages()
                                .insertIfAbsent(
                                        tx,
                                        new OutreachMessage(
                                                id,
                                                d.id(),
                                                "c@vendor.example",
                                                null,
                                                "<" + id + "@acme.example>",
                                                OutreachMessage.Status.QUEUED,
                                                null,
                                                clock.instant(),
                                                null,
                                                null)));

        assertThat(sender.send(tenant, id)).isEqualTo(OutreachMessage.Status.FAILED);
        assertThat(sentMail).isEmpty();
        assertThat(messages(d.id()).get(0).detail()).isEqualTo("draft-not-approved");
    }

    @Test
    void unsubscribeLink_suppressesAtOnce_andForgedTokensDoNothing() {
        postalAddress(10);
        OutreachDraft d = draft(List.of(contact("u@vendor.example", true)));
        outreach.approve(recruiter, d.id());
        String header = sentMail.get(0).headers().get("List-Unsubscribe");
        String token = header.substring(header.indexOf("/v1/unsubscribe/") + 16, header.indexOf('>'));
        Unsubscribes unsubscribes = new Unsubscribes(tokens, suppressions);

        assertThat(unsubscribes.unsubscribe(token.substring(0, token.length() - 2) + "AA"))
                .isEmpty();
        assertThat(unsubscribes.unsubscribe("not-a-token")).isEmpty();
        String otherTenants = tokens.issue(new TenantId(UUID.randomUUID()), "u@vendor.example");
        String forged = otherTenants.substring(0, otherTenants.indexOf('.')) + token.substring(token.indexOf('.'));
        assertThat(unsubscribes.unsubscribe(forged)).isEmpty();
        assertThat(suppressions.list(recruiter, Optional.empty(), 10)).isEmpty();

        assertThat(unsubscribes.unsubscribe(token)).contains(new UnsubscribeTokens.Subject(tenant, "u@vendor.example"));
        assertThat(unsubscribes.unsubscribe(token)).isPresent();
        assertThat(suppressions.list(recruiter, Optional.empty(), 10))
                .extracting(Suppression::email, Suppression::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("u@vendor.example", SuppressionReason.UNSUBSCRIBED));
    }

    @Test
    void sesFeedback_permanentBounceAndComplaintSuppress_transientBounceDoesNot() {
        MailFeedback feedback = new MailFeedback(suppressions);
        String tags = "\"mail\":{\"messageId\":\"m-1\",\"tags\":{\"benchcrm-tenant\":[\"" + tenant.value() + "\"]}}";
        var permanent = feedback.apply(
                "{\"eventType\":\"Bounce\",\"bounce\":{\"bounceType\":\"Permanent\",\"bouncedRecipients\":[{\"emailAddress\":\"Hard@Vendor.example\"}]},"
                        + tags + "}");
        var transientBounce = feedback.apply(
                "{\"eventType\":\"Bounce\",\"bounce\":{\"bounceType\":\"Transient\",\"bouncedRecipients\":[{\"emailAddress\":\"soft@vendor.example\"}]},"
                        + tags + "}");
        var complaint = feedback.apply(
                "{\"notificationType\":\"Complaint\",\"complaint\":{\"complainedRecipients\":[{\"emailAddress\":\"angry@vendor.example\"}]},"
                        + tags + "}");

        assertThat(permanent.suppressed()).containsExactly("hard@vendor.example");
        assertThat(transientBounce.suppressed()).isEmpty();
        assertThat(complaint.suppressed()).containsExactly("angry@vendor.example");
        assertThat(suppressions.list(recruiter, Optional.empty(), 10))
                .extracting(Suppression::email, Suppression::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("angry@vendor.example", SuppressionReason.COMPLAINED),
                        org.assertj.core.groups.Tuple.tuple("hard@vendor.example", SuppressionReason.BOUNCED));
        assertThatThrownBy(() -> feedback.apply("{\"eventType\":\"Complaint\",\"mail\":{}}"))
                .isInstanceOf(com.benchcrm.common.ValidationException.class);
    }

    @Test
    void reply_namingTheOutboundMessageId_isThreadedAsAnActivityAndAnEvent_othersAreNot() {
        postalAddress(10);
        UUID vendor = contact("reply@vendor.example", true);
        OutreachDraft d = draft(List.of(vendor));
        outreach.approve(recruiter, d.id());
        String outbound = sentMail.get(0).messageId();
        OutreachReplies replies = new OutreachReplies(
                db.transactions(), db.outreachMessages(), db.outreachDrafts(), db.activities(), outbox, ids, clock);
        Instant at = Instant.parse("2026-12-06T15:00:00Z");

        var none =
                replies.thread(recruiter, mail(java.util.Map.of("in-reply-to", "<someone-else@vendor.example>")), at);
        var threaded = replies.thread(
                recruiter,
                mail(java.util.Map.of(
                        "references", "<older@vendor.example> " + outbound, "in-reply-to", "<x@y.example>")),
                at);

        assertThat(none).isEmpty();
        assertThat(threaded).isPresent();
        assertThat(threaded.get().draftId()).isEqualTo(d.id());
        assertThat(threaded.get().subjectId()).isEqualTo(d.hotListId());
        assertThat(threaded.get().from()).isEqualTo("reply@vendor.example");
        var events = db.transactions().inTenant(tenant, (Tx tx) -> db.outbox().all(tx)).stream()
                .filter(e -> e.event().eventType().equals("OutreachReplyReceived"))
                .toList();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).event().data())
                .containsEntry("outboundMessageId", outbound)
                .containsEntry("kind", "HOT_LIST")
                .containsEntry("hotListId", d.hotListId().toString())
                .containsEntry("from", "reply@vendor.example");
        Caller stranger = new Caller(new TenantId(UUID.randomUUID()), "u-x", Set.of(Role.Owner), "t9");
        assertThat(replies.thread(stranger, mail(java.util.Map.of("in-reply-to", outbound)), at))
                .isEmpty();
    }

    static com.benchcrm.mail.ParsedMail mail(java.util.Map<String, String> headers) {
        return new com.benchcrm.mail.ParsedMail(
                "<reply-" + UUID.randomUUID() + "@vendor.example>",
                "Re: Hot list: Java bench",
                new com.benchcrm.mail.MailAddress("Pat", "reply@vendor.example"),
                List.of(),
                List.of(),
                Instant.parse("2026-12-06T15:00:00Z"),
                headers,
                "Please send BC-1234ABCD's resume.",
                "Please send BC-1234ABCD's resume.",
                null,
                false,
                List.of(),
                List.of(),
                List.of(),
                100);
    }

    @Test
    void edit_beforeApproval_changesWhatIsSent_keepsTheFooter_marksAndAuditsTheEdit() {
        postalAddress(100);
        UUID yes = contact("yes@vendor.example", true);
        OutreachDraft d = draft(List.of(yes));

        OutreachDraft edited = outreach.edit(
                recruiter,
                d.id(),
                new DraftEdit("  Java leads for Texas  ", "Hello,\n\nThree Java <-> Kotlin leads this week.\nCall me."),
                OptionalLong.of(d.version()));

        assertThat(edited.subject()).isEqualTo("Java leads for Texas");
        assertThat(edited.bodyText()).isEqualTo("Hello,\n\nThree Java <-> Kotlin leads this week.\nCall me.\n");
        assertThat(edited.bodyHtml())
                .contains("<title>Java leads for Texas</title>")
                .contains("<p>Hello,</p><p>Three Java &lt;-&gt; Kotlin leads this week.<br>Call me.</p>")
                .doesNotContain("<->");
        assertThat(edited.version()).isEqualTo(d.version() + 1);
        assertThat(edited.editedBy()).isEqualTo("u-recruiter");
        assertThat(edited.editedAt()).isNotNull();
        assertThat(edited.status()).isEqualTo(OutreachDraft.Status.DRAFT);
        assertThat(db.transactions()
                        .inTenant(
                                tenant,
                                (Tx tx) ->
                                        db.audit().findForEntity(tx, "outreach_draft", d.id(), Optional.empty(), 10)))
                .extracting(com.benchcrm.audit.AuditEntry::action, com.benchcrm.audit.AuditEntry::actorId)
                .contains(org.assertj.core.groups.Tuple.tuple("outreach_draft.edited", "u-recruiter"));

        outreach.approve(recruiter, d.id());

        assertThat(sentMail).hasSize(1);
        OutboundMail mail = sentMail.get(0);
        assertThat(mail.subject()).isEqualTo("Java leads for Texas");
        assertThat(mail.text())
                .startsWith("Hello,\n\nThree Java <-> Kotlin leads this week.")
                .contains("100 Main Street, Austin, TX 78701")
                .contains("Unsubscribe with one click: https://api.acme.example/v1/unsubscribe/");
        assertThat(mail.html()).contains("Three Java &lt;-&gt; Kotlin").contains("Unsubscribe</a>");
    }

    @Test
    void edit_subjectOnly_keepsTheHtmlBody_andAnEditChangingNothingIsNoNewVersion() {
        OutreachDraft d = draft(List.of(contact("a@vendor.example", true)));

        OutreachDraft edited = outreach.edit(sales, d.id(), new DraftEdit("New subject", null), OptionalLong.empty());
        OutreachDraft same =
                outreach.edit(sales, d.id(), new DraftEdit("New subject", d.bodyText()), OptionalLong.empty());

        assertThat(edited.bodyText()).isEqualTo(d.bodyText());
        assertThat(edited.bodyHtml())
                .isEqualTo(d.bodyHtml().replaceFirst("<title>[^<]*</title>", "<title>New subject</title>"));
        assertThat(same.version()).isEqualTo(edited.version());
    }

    @Test
    void edit_refusals_notADraft_staleVersion_badText_anotherTenant_nothingChanged() {
        postalAddress(100);
        OutreachDraft d = draft(List.of(contact("b@vendor.example", true)));
        Caller stranger = new Caller(new TenantId(UUID.randomUUID()), "u-x", Set.of(Role.Owner), "t9");

        assertThatThrownBy(() ->
                        outreach.edit(recruiter, d.id(), new DraftEdit("x", null), OptionalLong.of(d.version() + 5)))
                .isInstanceOf(com.benchcrm.common.VersionMismatchException.class);
        assertThatThrownBy(() -> outreach.edit(recruiter, d.id(), new DraftEdit(" ", "  "), OptionalLong.empty()))
                .isInstanceOfSatisfying(
                        com.benchcrm.common.ValidationException.class,
                        e -> assertThat(e.errors())
                                .extracting(com.benchcrm.common.ValidationException.FieldError::field)
                                .containsExactly("/subject", "/bodyText"));
        assertThatThrownBy(() -> outreach.edit(
                        recruiter, d.id(), new DraftEdit("a".repeat(201), "Hi {{consultant}}"), OptionalLong.empty()))
                .isInstanceOfSatisfying(
                        com.benchcrm.common.ValidationException.class,
                        e -> assertThat(e.errors())
                                .extracting(com.benchcrm.common.ValidationException.FieldError::message)
                                .anySatisfy(m -> assertThat(m).contains("more than 200"))
                                .anySatisfy(m -> assertThat(m).contains("placeholder is left: {{consultant}}")));
        assertThatThrownBy(() ->
                        outreach.edit(recruiter, d.id(), new DraftEdit("a\r\nBcc: x@y", null), OptionalLong.empty()))
                .isInstanceOf(com.benchcrm.common.ValidationException.class);
        assertThatThrownBy(() -> outreach.edit(stranger, d.id(), new DraftEdit("x", null), OptionalLong.empty()))
                .isInstanceOf(NotFoundException.class);
        assertThat(outreach.get(recruiter, d.id())).isEqualTo(d);

        outreach.approve(recruiter, d.id());
        assertThatThrownBy(() -> outreach.edit(recruiter, d.id(), new DraftEdit("late", null), OptionalLong.empty()))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.reason()).isEqualTo("draft-not-pending"));
        assertThat(outreach.get(recruiter, d.id()).subject()).isEqualTo(d.subject());
    }
}

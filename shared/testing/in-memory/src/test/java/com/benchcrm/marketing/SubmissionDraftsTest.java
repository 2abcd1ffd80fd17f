package com.benchcrm.marketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.EmploymentType;
import com.benchcrm.common.Ids;
import com.benchcrm.common.NotFoundException;
import com.benchcrm.common.Rate;
import com.benchcrm.common.RateUnit;
import com.benchcrm.company.ContactInput;
import com.benchcrm.company.Contacts;
import com.benchcrm.consultant.Consultants;
import com.benchcrm.extraction.AiGateway;
import com.benchcrm.extraction.AiUnavailableException;
import com.benchcrm.extraction.DraftedText;
import com.benchcrm.extraction.ExtractionInput;
import com.benchcrm.extraction.RequirementExtraction;
import com.benchcrm.extraction.ResumeExtraction;
import com.benchcrm.extraction.TextDraftRequest;
import com.benchcrm.extraction.TokenBudget;
import com.benchcrm.extraction.TokenUsage;
import com.benchcrm.idempotency.Idempotency;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.requirement.RequirementInput;
import com.benchcrm.requirement.Requirements;
import com.benchcrm.rtr.Rtr;
import com.benchcrm.rtr.RtrInput;
import com.benchcrm.rtr.Rtrs;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Role;
import com.benchcrm.submission.RtrRequiredException;
import com.benchcrm.submission.SubmissionChange;
import com.benchcrm.submission.SubmissionInput;
import com.benchcrm.submission.Submissions;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.testing.contract.Samples;
import com.benchcrm.testing.memory.InMemoryPersistence;
import com.benchcrm.testing.memory.TickingClock;
import com.benchcrm.workflow.WorkflowPolicy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Submission drafts (ADRs 0101-0102) against the in-memory repositories: the template names the
 * consultant, the rate and the requirement and attaches the RTR; no RTR or no recipient is refused;
 * another tenant's submission is not found; approval mails the one vendor contact without consent
 * but never a suppressed address, with the RTR's text attached; AI drafting passes the token cap,
 * records the tokens, never sends the consultant's name or contact details to the model, and falls
 * back to the template with the reason on invalid output or a used-up budget; without a model it is
 * refused, never faked.
 */
class SubmissionDraftsTest {

    static final String RTR_TEXT = "I, Avery Example, authorize Acme Bench to represent me to Vendor Beta.";

    final TickingClock clock = new TickingClock(Instant.parse("2026-12-06T10:00:00Z"));
    final InMemoryPersistence db = InMemoryPersistence.create(clock);
    final Ids ids = new Ids(clock);
    final AuditLog audit = new AuditLog(db.transactions(), db.audit(), ids, clock);
    final Outbox outbox = new Outbox(db.outbox(), ids, clock);
    final Idempotency idempotency = new Idempotency(db.idempotency(), clock);
    final Consultants consultants =
            new Consultants(db.transactions(), db.consultants(), audit, outbox, idempotency, ids, clock);
    final Requirements requirements =
            new Requirements(db.transactions(), db.requirements(), audit, outbox, idempotency, ids, clock);
    final Contacts contacts =
            new Contacts(db.transactions(), db.contacts(), db.companies(), audit, outbox, idempotency, ids, clock);
    final Submissions submissions = new Submissions(
            db.transactions(),
            db.submissions(),
            db.submissionReferences(),
            db.requirements(),
            db.rtrs(),
            new WorkflowPolicy(db.transactions(), db.workflowSettings(), audit, clock),
            new com.benchcrm.consultant.Bench(db.consultants(), audit, outbox, clock),
            audit,
            outbox,
            idempotency,
            ids,
            clock);
    final Rtrs rtrs = new Rtrs(db.transactions(), db.rtrs(), db.submissionReferences(), audit, ids, clock);
    final Suppressions suppressions = new Suppressions(db.transactions(), db.suppressions(), audit, clock);
    final MarketingPolicy policy = new MarketingPolicy(db.transactions(), db.marketingSettings(), audit, clock);
    final List<OutboundMail> sentMail = new ArrayList<>();
    final OutreachSender sender = new OutreachSender(
            db.transactions(),
            db.outreachDrafts(),
            db.outreachMessages(),
            db.suppressions(),
            db.marketingSettings(),
            db.rtrs(),
            db.submissions(),
            (t, mail) -> {
                sentMail.add(mail);
                return "mail-" + sentMail.size() + ".eml";
            },
            new UnsubscribeTokens("a-test-secret-of-at-least-32-bytes!!".getBytes(StandardCharsets.UTF_8)),
            "https://api.acme.example",
            "unsubscribe@mail.acme.example",
            clock);
    final Outreach outreach = new Outreach(
            db.transactions(),
            db.outreachDrafts(),
            db.outreachMessages(),
            new HotLists(
                    db.transactions(),
                    db.hotLists(),
                    db.consultants(),
                    db.consultantMarketing(),
                    db.marketingSettings(),
                    audit,
                    outbox,
                    idempotency,
                    ids,
                    clock),
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
    final Caller owner = new Caller(tenant, "u-owner", Set.of(Role.Owner), "t2");
    final UUID vendor = UUID.randomUUID();

    /** A fake AI: answers {@code answer}, remembers every request. */
    final List<TextDraftRequest> asked = new ArrayList<>();

    String answer = "Hello Bea,\n\nI am submitting {{consultant}}, a Senior Java Developer (Java 9 y, Kafka 3 y),"
            + " H1B, in Austin, TX, available from 2026-12-01, at 85 USD/hour. The signed right to represent is"
            + " attached.\n\nBest regards,\nAcme Bench";

    final AiGateway model = new AiGateway() {
        @Override
        public RequirementExtraction extractRequirements(TenantId t, ExtractionInput input) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ResumeExtraction extractResume(TenantId t, String text) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DraftedText draftText(TenantId t, TextDraftRequest request) {
            asked.add(request);
            return new DraftedText(answer, "fake-model", new TokenUsage(420, 130));
        }
    };

    /** A budget that counts what it is told, and allows while {@code allowance} lasts. */
    long allowance = 10_000;

    record Recorded(TokenUsage usage, boolean rejected) {}

    final List<Recorded> recorded = new ArrayList<>();
    final TokenBudget budget = new TokenBudget() {
        @Override
        public boolean allows(TenantId t, long estimate) {
            return estimate <= allowance;
        }

        @Override
        public void record(TenantId t, TokenUsage usage, boolean rejected) {
            recorded.add(new Recorded(usage, rejected));
        }
    };

    SubmissionDrafts drafts(AiGateway ai) {
        return new SubmissionDrafts(
                db.transactions(),
                db.outreachDrafts(),
                db.submissions(),
                db.consultants(),
                db.requirements(),
                db.contacts(),
                db.rtrs(),
                db.marketingSettings(),
                ai,
                budget,
                321,
                audit,
                ids,
                clock);
    }

    final SubmissionDrafts drafts = drafts(model);

    SubmissionDraftsTest() {
        db.submissionReferences().addCompany(tenant, vendor, "Vendor Beta");
        policy.put(
                owner,
                new MarketingSettings.Input(
                        false, "100 Main Street, Austin, TX 78701", "Acme Bench", "bench@acme.example", 10),
                OptionalLong.empty());
    }

    UUID contact(String email) {
        return contacts.create(
                        recruiter,
                        new ContactInput(vendor, "Bea Recruiter", email, "+1 555 0199", null, null),
                        Optional.empty())
                .value()
                .id();
    }

    int requirementsMade;

    record Setup(UUID submission, UUID consultant, UUID requirement, UUID contact) {}

    Setup submission(String contactEmail, boolean withRtr) {
        UUID c = consultants
                .create(
                        recruiter,
                        Samples.consultant("Avery Example", "avery+" + UUID.randomUUID() + "@private.example"),
                        Optional.empty())
                .value()
                .id();
        RequirementInput in = Samples.requirement("Java Developer", "Acme Bank");
        RequirementInput withRef = new RequirementInput(
                requirementsMade++ == 0 ? "VB-4711" : "VB-4711-" + requirementsMade,
                in.title(),
                in.description(),
                in.status(),
                in.location(),
                in.workMode(),
                in.skills(),
                in.minYears(),
                in.seniority(),
                in.budget(),
                in.durationMonths(),
                in.startDate(),
                in.clientName(),
                in.workAuthorizations());
        UUID r = requirements
                .create(recruiter, withRef, Optional.empty())
                .value()
                .id();
        UUID contact = contactEmail == null ? null : contact(contactEmail);
        UUID s = submissions
                .create(
                        recruiter,
                        new SubmissionInput(
                                c,
                                r,
                                null,
                                vendor,
                                contact,
                                new Rate(new BigDecimal("85"), "USD", RateUnit.HOUR, null),
                                new Rate(new BigDecimal("68"), "USD", RateUnit.HOUR, EmploymentType.C2C),
                                null,
                                false,
                                null),
                        Optional.empty())
                .value()
                .submission()
                .id();
        if (withRtr) {
            rtr(c, r);
        }
        return new Setup(s, c, r, contact);
    }

    Rtr rtr(UUID consultant, UUID requirement) {
        return rtrs.record(
                recruiter,
                new RtrInput(consultant, requirement, vendor, null, null, null, null, "RTR Avery.pdf", RTR_TEXT));
    }

    @Test
    void template_namesTheConsultantRateAndRequirement_attachesTheRtr_andLeavesContactDetailsOut() {
        Setup s = submission("Bea@Vendor-Beta.example", true);

        OutreachDraft d = drafts.draft(recruiter, s.submission(), new SubmissionDrafts.Request(null));

        assertThat(d.kind()).isEqualTo(OutreachDraft.Kind.SUBMISSION);
        assertThat(d.status()).isEqualTo(OutreachDraft.Status.DRAFT);
        assertThat(d.generator()).isEqualTo(OutreachDraft.Generator.TEMPLATE);
        assertThat(d.generatorNote()).isNull();
        assertThat(d.submissionId()).isEqualTo(s.submission());
        assertThat(d.contactId()).isEqualTo(s.contact());
        assertThat(d.rtrId()).isNotNull();
        assertThat(d.attachmentName()).isEqualTo("RTR Avery.txt");
        assertThat(d.subject()).isEqualTo("Submission: Avery Example for Java Developer (your ref. VB-4711)");
        assertThat(d.bodyText())
                .startsWith("Hello Bea,")
                .contains("Consultant: Avery Example")
                .contains("Title: Senior Java Developer")
                .contains("Key skills: Java (9 y), Kafka (3 y)")
                .contains("Work authorization: H1B")
                .contains("Location: Austin, TX")
                .contains("Rate: 85 USD/hour")
                .contains("Attached: RTR Avery.txt")
                .doesNotContain("@private.example", "+1 555 0100", "72.5");
        assertThat(d.bodyHtml()).contains("Avery Example").contains("RTR Avery.txt");
        assertThat(asked).as("the template asks no model").isEmpty();
    }

    @Test
    void anRtrConsentingToAnotherRate_doesNotCoverTheSubmissionMail() {
        Setup s = submission("bea.rate@vendor-beta.example", false);
        rtrAt(s, "60");

        assertThatThrownBy(() -> drafts.draft(recruiter, s.submission(), new SubmissionDrafts.Request(null)))
                .isInstanceOfSatisfying(
                        RtrRequiredException.class,
                        e -> assertThat(String.join(" ", e.problems())).contains("consents to 60 USD"));
    }

    @Test
    void refusals_noRtr_noRecipient_anotherTenantsSubmission_nothingStored() {
        Setup noRtr = submission("bea@vendor-beta.example", false);
        assertThatThrownBy(() -> drafts.draft(recruiter, noRtr.submission(), new SubmissionDrafts.Request(null)))
                .isInstanceOf(RtrRequiredException.class);

        Setup noContact = submission(null, true);
        assertThatThrownBy(() -> drafts.draft(recruiter, noContact.submission(), new SubmissionDrafts.Request(null)))
                .isInstanceOfSatisfying(
                        OutreachRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo("no-recipient"));

        Setup ok = submission("bea.two@vendor-beta.example", true);
        Caller stranger = new Caller(new TenantId(UUID.randomUUID()), "u-x", Set.of(Role.Owner), "t9");
        assertThatThrownBy(() -> drafts.draft(stranger, ok.submission(), new SubmissionDrafts.Request(null)))
                .isInstanceOf(NotFoundException.class);

        assertThat(outreach.list(owner, Optional.empty(), com.benchcrm.common.PageRequest.first(50))
                        .items())
                .isEmpty();
    }

    @Test
    void approve_mailsTheVendorContactWithoutConsent_withTheRtrAttached_andUnsubscribeHeaders() {
        Setup s = submission("bea@vendor-beta.example", true);
        OutreachDraft d = drafts.draft(recruiter, s.submission(), new SubmissionDrafts.Request(null));

        Outreach.Approval a = outreach.approve(recruiter, d.id());

        assertThat(a.queued()).isEqualTo(1);
        assertThat(sentMail).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo("bea@vendor-beta.example");
            assertThat(mail.subject()).isEqualTo(d.subject());
            assertThat(mail.text()).contains("100 Main Street");
            assertThat(mail.headers()).containsEntry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            assertThat(mail.attachments()).singleElement().satisfies(att -> {
                assertThat(att.fileName()).isEqualTo("RTR Avery.txt");
                assertThat(att.contentType()).startsWith("text/plain");
                assertThat(new String(att.content(), StandardCharsets.UTF_8)).isEqualTo(RTR_TEXT);
            });
        });
    }

    @Test
    void edited_submissionMail_sendsTheEditedText_stillWithTheRtrAttached_andTheFooter() {
        Setup s = submission("bea.edit@vendor-beta.example", true);
        OutreachDraft d = drafts.draft(recruiter, s.submission(), new SubmissionDrafts.Request(null));
        String text = d.bodyText()
                .replace("Please confirm receipt", "Avery can interview on Tuesday. Please confirm receipt");

        OutreachDraft edited =
                outreach.edit(recruiter, d.id(), new DraftEdit(null, text), java.util.OptionalLong.of(d.version()));
        outreach.approve(recruiter, d.id());

        assertThat(edited.subject()).isEqualTo(d.subject());
        assertThat(edited.rtrId()).isEqualTo(d.rtrId());
        assertThat(sentMail).singleElement().satisfies(mail -> {
            assertThat(mail.text())
                    .contains("Avery can interview on Tuesday.")
                    .contains("100 Main Street")
                    .contains("/v1/unsubscribe/");
            assertThat(mail.html()).contains("Avery can interview on Tuesday.");
            assertThat(mail.attachments())
                    .singleElement()
                    .satisfies(att -> assertThat(att.fileName()).isEqualTo("RTR Avery.txt"));
        });
    }

    @Test
    void approve_aSuppressedVendorContact_orARevokedRtr_isRefused_andNothingIsSent() {
        Setup s = submission("gone@vendor-beta.example", true);
        OutreachDraft d = drafts.draft(recruiter, s.submission(), new SubmissionDrafts.Request(null));
        suppressions.add(recruiter, new Suppression.Input("gone@vendor-beta.example", "bounced"));
        assertThatThrownBy(() -> outreach.approve(recruiter, d.id()))
                .isInstanceOfSatisfying(
                        OutreachRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo("recipient-suppressed"));

        Setup t = submission("bea@vendor-beta.example", true);
        OutreachDraft revoked = drafts.draft(recruiter, t.submission(), new SubmissionDrafts.Request(null));
        rtrs.revoke(recruiter, revoked.rtrId(), "consultant took another offer");
        assertThatThrownBy(() -> outreach.approve(recruiter, revoked.id())).isInstanceOf(RtrRequiredException.class);

        assertThat(sentMail).isEmpty();
        assertThat(outreach.get(recruiter, d.id()).status()).isEqualTo(OutreachDraft.Status.DRAFT);
    }

    @Test
    void ai_passesTheCap_recordsTheTokens_putsTheNameIn_andNeverSendsNameOrContactDetailsToTheModel() {
        Setup s = submission("bea@vendor-beta.example", true);

        OutreachDraft d =
                drafts.draft(recruiter, s.submission(), new SubmissionDrafts.Request(SubmissionDrafts.Mode.AI));

        assertThat(d.generator()).isEqualTo(OutreachDraft.Generator.BEDROCK);
        assertThat(d.generatorNote()).isNull();
        assertThat(d.bodyText())
                .startsWith("Hello Bea,\n\nI am submitting Avery Example, a Senior Java Developer")
                .contains("Attached: RTR Avery.txt");
        assertThat(asked).singleElement().satisfies(req -> {
            assertThat(req.maxOutputTokens()).isEqualTo(321);
            assertThat(req.facts())
                    .contains("Senior Java Developer", "Java (9 y)", "85 USD/hour", "VB-4711", "H1B")
                    .doesNotContain(
                            "Avery", "@private.example", "+1 555 0100", "bea@vendor-beta.example", "+1 555 0199");
        });
        assertThat(recorded).containsExactly(new Recorded(new TokenUsage(420, 130), false));
    }

    @Test
    void ai_invalidOutput_fallsBackToTheTemplate_withTheReason_andTheTokensCountedAsRejected() {
        Setup s = submission("bea@vendor-beta.example", true);
        answer = "Dear [Vendor Name],\n\nPlease consider {{consultant}} for the role.";

        OutreachDraft d =
                drafts.draft(recruiter, s.submission(), new SubmissionDrafts.Request(SubmissionDrafts.Mode.AI));

        assertThat(d.generator()).isEqualTo(OutreachDraft.Generator.TEMPLATE);
        assertThat(d.generatorNote()).startsWith("invalid-output: an unresolved placeholder is left: [Vendor Name]");
        assertThat(d.bodyText())
                .isEqualTo(drafts.draft(recruiter, s.submission(), new SubmissionDrafts.Request(null))
                        .bodyText());
        assertThat(recorded).containsExactly(new Recorded(new TokenUsage(420, 130), true));

        answer = "";
        OutreachDraft empty =
                drafts.draft(recruiter, s.submission(), new SubmissionDrafts.Request(SubmissionDrafts.Mode.AI));
        assertThat(empty.generatorNote()).startsWith("invalid-output: the model wrote nothing");

        answer = "x".repeat(SubmissionMail.MAX_BODY_CHARS + 1);
        OutreachDraft tooLong =
                drafts.draft(recruiter, s.submission(), new SubmissionDrafts.Request(SubmissionDrafts.Mode.AI));
        assertThat(tooLong.generatorNote()).contains("more than " + SubmissionMail.MAX_BODY_CHARS);
    }

    @Test
    void ai_overTheDailyBudget_asksNoModel_andFallsBackWithTheReason() {
        Setup s = submission("bea@vendor-beta.example", true);
        allowance = 100;

        OutreachDraft d =
                drafts.draft(recruiter, s.submission(), new SubmissionDrafts.Request(SubmissionDrafts.Mode.AI));

        assertThat(asked).isEmpty();
        assertThat(recorded).isEmpty();
        assertThat(d.generator()).isEqualTo(OutreachDraft.Generator.TEMPLATE);
        assertThat(d.generatorNote()).startsWith("daily-token-cap");
    }

    @Test
    void ai_withoutAModel_isRefused_notFaked_andNoDraftIsStored() {
        Setup s = submission("bea@vendor-beta.example", true);
        AiGateway rulesOnly = new AiGateway() {
            @Override
            public RequirementExtraction extractRequirements(TenantId t, ExtractionInput input) {
                throw new UnsupportedOperationException();
            }

            @Override
            public ResumeExtraction extractResume(TenantId t, String text) {
                throw new UnsupportedOperationException();
            }
        };

        assertThatThrownBy(() -> drafts(rulesOnly)
                        .draft(recruiter, s.submission(), new SubmissionDrafts.Request(SubmissionDrafts.Mode.AI)))
                .isInstanceOfSatisfying(
                        AiUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(AiUnavailableException.NOT_CONFIGURED));
        assertThat(outreach.list(owner, Optional.empty(), com.benchcrm.common.PageRequest.first(50))
                        .items())
                .isEmpty();
    }

    @Test
    void problemWith_acceptsTheNamePlaceholder_andRefusesOthers() {
        assertThat(SubmissionMail.problemWith("Hello,\nI submit {{consultant}} at 85 USD/hour."))
                .isEmpty();
        assertThat(SubmissionMail.problemWith("Hello {{vendor}}")).isPresent();
        assertThat(SubmissionMail.problemWith("Regards, <Your Name>")).isPresent();
        assertThat(SubmissionMail.problemWith("Rate: XXX per hour")).isPresent();
        assertThat(SubmissionMail.problemWith("  \n ")).isPresent();
    }

    /** Records the consultant's RTR for {@code s} consenting to {@code usdPerHour} USD/hour. */
    void rtrAt(Setup s, String usdPerHour) {
        rtrs.record(
                recruiter,
                new RtrInput(
                        s.consultant(),
                        s.requirement(),
                        vendor,
                        null,
                        null,
                        null,
                        new Rate(new BigDecimal(usdPerHour), "USD", RateUnit.HOUR, null),
                        "RTR Avery.pdf",
                        RTR_TEXT));
    }

    /** A submission (RTR consenting to 85 USD/hour) drafted, then its bill rate changed to {@code newRate} USD/hour. */
    OutreachDraft draftedThenRateChanged(
            String contactEmail, String newRate, java.util.function.Consumer<OutreachDraft> beforeTheChange) {
        Setup s = submission(contactEmail, false);
        rtrAt(s, "85");
        OutreachDraft d = drafts.draft(recruiter, s.submission(), new SubmissionDrafts.Request(null));
        beforeTheChange.accept(d);
        submissions.update(
                recruiter,
                s.submission(),
                c -> new SubmissionChange(
                        c.vendorCompanyId(),
                        c.vendorContactId(),
                        new Rate(new BigDecimal(newRate), "USD", RateUnit.HOUR, null),
                        c.payRate(),
                        c.notes()),
                java.util.OptionalLong.empty());
        return d;
    }

    @Test
    void approve_afterTheBillRateChangedSinceDrafting_isRefusedRtrRequired_theDraftStays_andNothingIsQueued() {
        OutreachDraft d = draftedThenRateChanged("bea.rate2@vendor-beta.example", "95", draft -> {});

        assertThatThrownBy(() -> outreach.approve(recruiter, d.id()))
                .isInstanceOfSatisfying(
                        RtrRequiredException.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .asString()
                                .contains("RTR " + d.rtrId() + " consents to 85 USD/HOUR, the bill rate is 95 USD/HOUR")
                                .contains("draft the mail again"));

        assertThat(outreach.get(recruiter, d.id()).status()).isEqualTo(OutreachDraft.Status.DRAFT);
        assertThat(outreach.messages(recruiter, d.id())).isEmpty();
        assertThat(sentMail).isEmpty();
    }

    @Test
    void approve_afterTheBillRateChangedWithinHalfAPercent_stillApproves() {
        OutreachDraft d = draftedThenRateChanged("bea.rate3@vendor-beta.example", "85.40", draft -> {});

        Outreach.Approval a = outreach.approve(recruiter, d.id());

        assertThat(a.queued()).isEqualTo(1);
        assertThat(sentMail)
                .singleElement()
                .satisfies(mail -> assertThat(mail.attachments())
                        .singleElement()
                        .satisfies(att -> assertThat(att.fileName()).isEqualTo("RTR Avery.txt")));
    }

    /** An {@code Outreach} whose approvals only collect the queued message ids (the test sends them itself). */
    private Outreach queueingInto(List<UUID> queued) {
        return new Outreach(
                db.transactions(),
                db.outreachDrafts(),
                db.outreachMessages(),
                null,
                db.distributionLists(),
                db.contacts(),
                db.consents(),
                db.suppressions(),
                db.marketingSettings(),
                db.rtrs(),
                db.submissions(),
                (t, messageIds) -> queued.addAll(messageIds),
                audit,
                ids,
                clock);
    }

    @Test
    void send_afterTheBillRateChangedSinceApproval_failsTheMessageRtrInvalid_andSendsNothing() {
        List<UUID> queued = new ArrayList<>();
        Outreach queueOnly = queueingInto(queued);
        // approved while the rate still matched: the change comes between approval and sending
        OutreachDraft d = draftedThenRateChanged(
                "bea.rate4@vendor-beta.example", "70", draft -> queueOnly.approve(recruiter, draft.id()));

        OutreachMessage.Status status = sender.send(tenant, queued.get(0));

        assertThat(status).isEqualTo(OutreachMessage.Status.FAILED);
        assertThat(sentMail).isEmpty();
        assertThat(outreach.messages(recruiter, d.id()))
                .singleElement()
                .satisfies(m -> assertThat(m.detail())
                        .startsWith("rtr-invalid: RTR " + d.rtrId())
                        .contains("the bill rate is 70 USD/HOUR"));
    }

    @Test
    void send_afterTheRtrWasRevokedSinceApproval_failsTheMessage_andSendsNothing() {
        List<UUID> queued = new ArrayList<>();
        Outreach queueOnly = queueingInto(queued);
        Setup s = submission("bea@vendor-beta.example", true);
        OutreachDraft d = drafts.draft(recruiter, s.submission(), new SubmissionDrafts.Request(null));
        queueOnly.approve(recruiter, d.id());
        rtrs.revoke(recruiter, d.rtrId(), "consultant withdrew consent");

        OutreachMessage.Status status = sender.send(tenant, queued.get(0));

        assertThat(status).isEqualTo(OutreachMessage.Status.FAILED);
        assertThat(sentMail).isEmpty();
        assertThat(outreach.messages(recruiter, d.id()))
                .singleElement()
                .satisfies(m -> assertThat(m.detail()).startsWith("rtr-invalid: RTR "));
    }

    @Test
    void reply_toTheSubmissionMail_isThreadedToTheSubmission() {
        Setup s = submission("bea@vendor-beta.example", true);
        OutreachDraft d = drafts.draft(recruiter, s.submission(), new SubmissionDrafts.Request(null));
        outreach.approve(recruiter, d.id());
        String outbound = sentMail.get(0).messageId();
        OutreachReplies replies = new OutreachReplies(
                db.transactions(), db.outreachMessages(), db.outreachDrafts(), db.activities(), outbox, ids, clock);

        var threaded = replies.thread(
                recruiter, OutreachTest.mail(java.util.Map.of("in-reply-to", outbound)), clock.instant());

        assertThat(threaded).isPresent();
        assertThat(threaded.get().kind()).isEqualTo(OutreachDraft.Kind.SUBMISSION);
        assertThat(threaded.get().subjectId()).isEqualTo(s.submission());
        var events =
                db
                        .transactions()
                        .inTenant(
                                tenant,
                                (com.benchcrm.persistence.Tx tx) -> db.outbox().all(tx))
                        .stream()
                        .filter(e -> e.event().eventType().equals("OutreachReplyReceived"))
                        .toList();
        assertThat(events)
                .singleElement()
                .satisfies(e -> assertThat(e.event().data())
                        .containsEntry("kind", "SUBMISSION")
                        .containsEntry("submissionId", s.submission().toString()));
    }
}

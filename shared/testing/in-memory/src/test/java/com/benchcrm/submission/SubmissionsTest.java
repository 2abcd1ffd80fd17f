package com.benchcrm.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.ConflictException;
import com.benchcrm.common.EmploymentType;
import com.benchcrm.common.Ids;
import com.benchcrm.common.Rate;
import com.benchcrm.common.RateUnit;
import com.benchcrm.common.ValidationException;
import com.benchcrm.consultant.Consultants;
import com.benchcrm.idempotency.Idempotency;
import com.benchcrm.idempotency.IdempotencyKey;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.parties.SubmissionReferences;
import com.benchcrm.persistence.Tx;
import com.benchcrm.requirement.RequirementInput;
import com.benchcrm.requirement.Requirements;
import com.benchcrm.rtr.Rtr;
import com.benchcrm.rtr.RtrInput;
import com.benchcrm.rtr.Rtrs;
import com.benchcrm.security.Caller;
import com.benchcrm.security.ForbiddenException;
import com.benchcrm.security.Role;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.testing.contract.Samples;
import com.benchcrm.testing.memory.InMemoryOutboxRepository;
import com.benchcrm.testing.memory.InMemoryPersistence;
import com.benchcrm.testing.memory.TickingClock;
import com.benchcrm.workflow.WorkflowPolicy;
import com.benchcrm.workflow.WorkflowSettings;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The submission pipeline's use cases against the in-memory repositories: the state machine, the
 * RTR policy, the duplicate guard, the margin floor and their overrides, interviews, offers and
 * placements; every move audited and announced, and nothing written when a check refuses.
 */
class SubmissionsTest {

    final TickingClock clock = new TickingClock(Instant.parse("2026-11-22T10:00:00Z"));
    final InMemoryPersistence db = InMemoryPersistence.create(clock);
    final Ids ids = new Ids(clock);
    final AuditLog audit = new AuditLog(db.transactions(), db.audit(), ids, clock);
    final Outbox outbox = new Outbox(db.outbox(), ids, clock);
    final Idempotency idempotency = new Idempotency(db.idempotency(), clock);
    final WorkflowPolicy policy = new WorkflowPolicy(db.transactions(), db.workflowSettings(), audit, clock);
    final Submissions submissions = new Submissions(
            db.transactions(),
            db.submissions(),
            db.submissionReferences(),
            db.requirements(),
            db.rtrs(),
            policy,
            new com.benchcrm.consultant.Bench(db.consultants(), audit, outbox, clock),
            audit,
            outbox,
            idempotency,
            ids,
            clock);
    final Rtrs rtrs = new Rtrs(db.transactions(), db.rtrs(), db.submissionReferences(), audit, ids, clock);
    final Consultants consultants =
            new Consultants(db.transactions(), db.consultants(), audit, outbox, idempotency, ids, clock);
    final Requirements requirements =
            new Requirements(db.transactions(), db.requirements(), audit, outbox, idempotency, ids, clock);

    final TenantId tenant = new TenantId(UUID.randomUUID());
    final Caller recruiter = new Caller(tenant, "u-recruiter", Set.of(Role.Recruiter), "trace-1");
    final Caller admin = new Caller(tenant, "u-admin", Set.of(Role.Admin), "trace-2");
    final UUID vendorA = UUID.randomUUID();
    final UUID vendorB = UUID.randomUUID();
    final UUID contactOfB = UUID.randomUUID();

    static final Rate BILL = new Rate(new BigDecimal("85"), "USD", RateUnit.HOUR, null);
    static final Rate PAY = new Rate(new BigDecimal("68"), "USD", RateUnit.HOUR, EmploymentType.C2C);

    SubmissionsTest() {
        db.submissionReferences().addCompany(tenant, vendorA, "Vendor Alpha");
        db.submissionReferences().addCompany(tenant, vendorB, "Vendor Beta");
        db.submissionReferences().addContact(tenant, contactOfB, vendorB, "Bea Recruiter");
    }

    UUID consultant(String name) {
        return consultants
                .create(recruiter, Samples.consultant(name, null), Optional.empty())
                .value()
                .id();
    }

    UUID requirement(String title, String client) {
        RequirementInput in = Samples.requirement(title, client);
        return requirements.create(recruiter, in, Optional.empty()).value().id();
    }

    Rtr rtr(UUID consultant, UUID requirement, UUID vendor, Rate rate) {
        return rtrs.record(
                recruiter,
                new RtrInput(
                        consultant,
                        requirement,
                        vendor,
                        null,
                        null,
                        null,
                        rate,
                        "rtr.txt",
                        "I authorize the firm to represent me for this role."));
    }

    SubmissionInput input(UUID consultant, UUID requirement, UUID vendor, boolean submit, OverrideInput override) {
        return new SubmissionInput(
                consultant, requirement, null, vendor, null, BILL, PAY, "Strong Kafka", submit, override);
    }

    List<InMemoryOutboxRepository.Row> events() {
        return db.transactions().inTenant(tenant, (Tx tx) -> db.outbox().all(tx));
    }

    List<String> auditActions() {
        return db.transactions().inTenant(tenant, (Tx tx) -> db.audit().all(tx)).stream()
                .map(a -> a.entry().action())
                .toList();
    }

    // ------------------------------------------------------------------------------------ create

    @Test
    void create_isADraft_withTheMarginOfItsRates_auditedAndAnnounced() {
        UUID c = consultant("Avery Example");
        UUID r = requirement("Java Developer", "Acme Bank");

        SubmissionDetails d = submissions
                .create(recruiter, input(c, r, vendorA, false, null), Optional.empty())
                .value();

        Submission s = d.submission();
        assertThat(s.status()).isEqualTo(SubmissionStatus.DRAFT);
        assertThat(s.version()).isEqualTo(1);
        assertThat(s.createdBy()).isEqualTo("u-recruiter");
        assertThat(s.marginHourly()).isEqualByComparingTo("17");
        assertThat(s.marginPercent()).isEqualByComparingTo("20");
        assertThat(d.vendorName()).isEqualTo("Vendor Alpha");
        assertThat(d.history()).singleElement().satisfies(h -> {
            assertThat(h.from()).isNull();
            assertThat(h.to()).isEqualTo(SubmissionStatus.DRAFT);
        });
        assertThat(auditActions()).contains("submission.created");
        assertThat(events())
                .filteredOn(e -> e.event().eventType().equals("SubmissionStatusChanged"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.payload().path("to").asText()).isEqualTo("DRAFT");
                    assertThat(e.payload().has("from")).isFalse();
                });
    }

    @Test
    void create_withAnIdempotencyKey_replaysTheFirstSubmission() {
        UUID c = consultant("Idem Potent");
        UUID r = requirement("Java Developer", "Acme Bank");
        SubmissionInput in = input(c, r, vendorA, false, null);

        var first = submissions.create(recruiter, in, Optional.of(new IdempotencyKey("k-1")));
        var again = submissions.create(recruiter, in, Optional.of(new IdempotencyKey("k-1")));

        assertThat(again.replayed()).isTrue();
        assertThat(again.value().submission().id())
                .isEqualTo(first.value().submission().id());
    }

    @Test
    void create_theSamePairTwice_isADuplicateSubmissionConflict() {
        UUID c = consultant("Twice Submitted");
        UUID r = requirement("Java Developer", "Acme Bank");
        submissions.create(recruiter, input(c, r, vendorA, false, null), Optional.empty());

        assertThatThrownBy(() -> submissions.create(recruiter, input(c, r, vendorB, false, null), Optional.empty()))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.reason()).isEqualTo("duplicate-submission"));
    }

    @Test
    void create_referencesThatDoNotHold_areFieldErrors_andNothingIsWritten() {
        UUID c = consultant("Ref Checked");
        UUID r = requirement("Java Developer", "Acme Bank");
        int before = events().size();

        assertThatThrownBy(() -> submissions.create(
                        recruiter,
                        new SubmissionInput(
                                UUID.randomUUID(), r, null, vendorA, contactOfB, BILL, PAY, null, false, null),
                        Optional.empty()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .extracting(ValidationException.FieldError::field)
                                .containsExactlyInAnyOrder("/consultantId", "/vendorContactId"));
        assertThat(events()).hasSize(before);
        SubmissionDetails viaContact = submissions
                .create(
                        recruiter,
                        new SubmissionInput(c, r, null, null, contactOfB, BILL, PAY, null, false, null),
                        Optional.empty())
                .value();
        assertThat(viaContact.submission().vendorCompanyId())
                .as("the contact's company is the vendor")
                .isEqualTo(vendorB);
    }

    @Test
    void create_billRateWithAnEmploymentType_orTwoCurrencies_isRefusedPrecisely() {
        UUID c = consultant("Rate Checked");
        UUID r = requirement("Java Developer", "Acme Bank");

        assertThatThrownBy(() -> submissions.create(
                        recruiter,
                        new SubmissionInput(
                                c,
                                r,
                                null,
                                vendorA,
                                null,
                                new Rate(BigDecimal.TEN, "USD", RateUnit.HOUR, EmploymentType.W2),
                                PAY,
                                null,
                                false,
                                null),
                        Optional.empty()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .extracting(ValidationException.FieldError::field)
                                .containsExactly("/billRate/employmentType"));
        assertThatThrownBy(() -> submissions.create(
                        recruiter,
                        new SubmissionInput(
                                c,
                                r,
                                null,
                                vendorA,
                                null,
                                BILL,
                                new Rate(new BigDecimal("60"), "EUR", RateUnit.HOUR, null),
                                null,
                                false,
                                null),
                        Optional.empty()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .extracting(ValidationException.FieldError::field)
                                .containsExactly("/payRate/currency"));
    }

    @Test
    void createFromRecommendation_recordsItAndItsScores_andRefusesAnotherConsultant() {
        UUID c = consultant("Recommended One");
        UUID r = requirement("Java Developer", "Acme Bank");
        UUID rec = UUID.randomUUID();
        db.submissionReferences()
                .addRecommendation(tenant, new SubmissionReferences.RecommendationRef(rec, r, c, 0.81, 0.62));
        SubmissionInput body = new SubmissionInput(null, null, null, vendorA, null, BILL, PAY, null, false, null);

        assertThatThrownBy(() -> submissions.createFromRecommendation(
                        recruiter,
                        rec,
                        new SubmissionInput(
                                UUID.randomUUID(), null, null, vendorA, null, null, null, null, false, null),
                        Optional.empty()))
                .isInstanceOf(ValidationException.class);
        Submission s = submissions
                .createFromRecommendation(recruiter, rec, body, Optional.empty())
                .value()
                .submission();

        assertThat(s.recommendationId()).isEqualTo(rec);
        assertThat(s.consultantId()).isEqualTo(c);
        assertThat(s.matchScore()).isEqualTo(0.81);
        assertThat(s.successProbability()).isEqualTo(0.62);
    }

    // ---------------------------------------------------------------------------------- the RTR

    @Test
    void submit_withoutAnRtr_isRefusedNamingWhatIsMissing_andNothingChanges() {
        UUID c = consultant("No Consent");
        UUID r = requirement("Java Developer", "Acme Bank");
        UUID id = submissions
                .create(recruiter, input(c, r, vendorA, false, null), Optional.empty())
                .value()
                .submission()
                .id();
        int events = events().size();

        assertThatThrownBy(() -> submissions.transition(
                        recruiter,
                        id,
                        new TransitionInput(SubmissionStatus.SUBMITTED, null, null),
                        OptionalLong.empty()))
                .isInstanceOfSatisfying(RtrRequiredException.class, e -> {
                    assertThat(e.problems()).isEmpty();
                    assertThat(e.getMessage()).contains("none recorded");
                });
        assertThat(submissions.get(recruiter, id).submission().status()).isEqualTo(SubmissionStatus.DRAFT);
        assertThat(events()).hasSize(events);
    }

    @Test
    void submit_withAnExpiredRevokedOrOtherRateRtr_saysWhatIsWrongWithEach() {
        UUID c = consultant("Bad Consents");
        UUID r = requirement("Java Developer", "Acme Bank");
        Rtr revoked = rtr(c, r, vendorA, null);
        rtrs.revoke(recruiter, revoked.id(), "Took another offer");
        rtr(c, r, vendorA, new Rate(new BigDecimal("80"), "USD", RateUnit.HOUR, null));
        rtr(c, r, vendorB, null); // another vendor's RTR does not count
        UUID id = submissions
                .create(recruiter, input(c, r, vendorA, false, null), Optional.empty())
                .value()
                .submission()
                .id();

        assertThatThrownBy(() -> submissions.transition(
                        recruiter,
                        id,
                        new TransitionInput(SubmissionStatus.SUBMITTED, null, null),
                        OptionalLong.empty()))
                .isInstanceOfSatisfying(
                        RtrRequiredException.class,
                        e -> assertThat(e.problems())
                                .anySatisfy(p -> assertThat(p).contains("revoked"))
                                .anySatisfy(p ->
                                        assertThat(p).contains("consents to 80").contains("the bill rate is 85"))
                                .hasSize(2));
        clock.advance(Duration.ofDays(31));
        Rtr expiring = rtr(c, r, vendorA, null);
        clock.advance(Duration.ofDays(31));
        assertThatThrownBy(() -> submissions.transition(
                        recruiter,
                        id,
                        new TransitionInput(SubmissionStatus.SUBMITTED, null, null),
                        OptionalLong.empty()))
                .isInstanceOfSatisfying(
                        RtrRequiredException.class,
                        e -> assertThat(e.problems())
                                .anySatisfy(p -> assertThat(p)
                                        .contains(expiring.id().toString())
                                        .contains("expired")));
    }

    @Test
    void submit_withAValidRtr_movesToSubmitted_recordsTheRtr_andAnnouncesTheMove() {
        UUID c = consultant("Consenting");
        UUID r = requirement("Java Developer", "Acme Bank");
        Rtr rtr = rtr(c, r, vendorA, new Rate(new BigDecimal("680"), "USD", RateUnit.DAY, null)); // 85/h
        UUID id = submissions
                .create(recruiter, input(c, r, vendorA, false, null), Optional.empty())
                .value()
                .submission()
                .id();

        SubmissionDetails d = submissions.transition(
                recruiter, id, new TransitionInput(SubmissionStatus.SUBMITTED, null, null), OptionalLong.of(1));

        assertThat(d.submission().status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(d.submission().rtrId()).isEqualTo(rtr.id());
        assertThat(d.submission().stages().submittedAt()).isNotNull();
        assertThat(d.submission().version()).isEqualTo(2);
        assertThat(d.history())
                .extracting(StatusChange::to)
                .containsExactly(SubmissionStatus.DRAFT, SubmissionStatus.SUBMITTED);
        assertThat(events())
                .filteredOn(e -> e.event().eventType().equals("SubmissionStatusChanged"))
                .last()
                .satisfies(e -> {
                    assertThat(e.payload().path("from").asText()).isEqualTo("DRAFT");
                    assertThat(e.payload().path("to").asText()).isEqualTo("SUBMITTED");
                    assertThat(e.payload().path("version").asLong()).isEqualTo(2);
                    assertThat(e.event().eventVersion()).isEqualTo(2);
                });
    }

    @Test
    void tenantPolicyWithoutRtrs_submitsWithoutOne() {
        policy.update(admin, new WorkflowSettings.Input(false, 90, new BigDecimal("10"), new BigDecimal("15")));
        UUID c = consultant("Policy Off");
        UUID r = requirement("Java Developer", "Acme Bank");

        Submission s = submissions
                .create(recruiter, input(c, r, vendorA, true, null), Optional.empty())
                .value()
                .submission();

        assertThat(s.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(s.rtrId()).isNull();
        assertThat(auditActions()).contains("workflow_settings.updated");
    }

    @Test
    void submit_withoutVendorOrRates_listsEveryMissingField() {
        UUID c = consultant("Incomplete");
        UUID r = requirement("Java Developer", "Acme Bank");
        UUID id = submissions
                .create(
                        recruiter,
                        new SubmissionInput(c, r, null, null, null, null, null, null, false, null),
                        Optional.empty())
                .value()
                .submission()
                .id();

        assertThatThrownBy(() -> submissions.transition(
                        recruiter,
                        id,
                        new TransitionInput(SubmissionStatus.SUBMITTED, null, null),
                        OptionalLong.empty()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .extracting(ValidationException.FieldError::field)
                                .containsExactlyInAnyOrder("/vendorCompanyId", "/billRate", "/payRate"));
    }

    // ------------------------------------------------------------------------- duplicate guard

    @Test
    void duplicateGuard_sameEndClientThroughAnotherVendor_isRefusedNamingTheEarlierSubmissionAndVendor() {
        UUID c = consultant("Popular Consultant");
        UUID first = requirement("Java Developer", "Acme Bank");
        UUID second = requirement("Kafka Engineer", "ACME Bank");
        rtr(c, first, vendorA, null);
        rtr(c, second, vendorB, null);
        UUID earlier = submissions
                .create(recruiter, input(c, first, vendorA, true, null), Optional.empty())
                .value()
                .submission()
                .id();
        UUID later = submissions
                .create(recruiter, input(c, second, vendorB, false, null), Optional.empty())
                .value()
                .submission()
                .id();

        assertThatThrownBy(() -> submissions.transition(
                        recruiter,
                        later,
                        new TransitionInput(SubmissionStatus.SUBMITTED, null, null),
                        OptionalLong.empty()))
                .isInstanceOfSatisfying(DuplicateSubmissionException.class, e -> {
                    assertThat(e.windowDays()).isEqualTo(90);
                    assertThat(e.conflicts()).singleElement().satisfies(x -> {
                        assertThat(x.submissionId()).isEqualTo(earlier);
                        assertThat(x.vendorName()).isEqualTo("Vendor Alpha");
                        assertThat(x.rule()).isEqualTo(DuplicateGuard.Rule.SAME_END_CLIENT);
                    });
                    assertThat(e.getMessage()).contains(earlier.toString()).contains("Vendor Alpha");
                });
        assertThatThrownBy(() -> submissions.transition(
                        recruiter,
                        later,
                        new TransitionInput(
                                SubmissionStatus.SUBMITTED,
                                null,
                                new OverrideInput("Client asked for the profile again", null)),
                        OptionalLong.empty()))
                .as("a recruiter may not override")
                .isInstanceOf(ForbiddenException.class);

        Submission s = submissions
                .transition(
                        admin,
                        later,
                        new TransitionInput(
                                SubmissionStatus.SUBMITTED,
                                null,
                                new OverrideInput("Client asked for the profile again", null)),
                        OptionalLong.empty())
                .submission();

        assertThat(s.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(s.duplicateOverride()).isEqualTo("Client asked for the profile again");
        assertThat(auditActions()).contains("submission.duplicate_override");
    }

    @Test
    void duplicateGuard_outsideTheWindow_letsTheSubmissionThrough() {
        UUID c = consultant("Returning Consultant");
        UUID first = requirement("Java Developer", "Acme Bank");
        UUID second = requirement("Java Developer II", "Acme Bank");
        rtr(c, first, vendorA, null);
        submissions.create(recruiter, input(c, first, vendorA, true, null), Optional.empty());
        clock.advance(Duration.ofDays(91));
        rtr(c, second, vendorB, null);

        assertThat(submissions
                        .create(recruiter, input(c, second, vendorB, true, null), Optional.empty())
                        .value()
                        .submission()
                        .status())
                .isEqualTo(SubmissionStatus.SUBMITTED);
    }

    // ---------------------------------------------------------------------------------- margin

    @Test
    void marginBelowTheFloor_needsAnAdminOverride() {
        UUID c = consultant("Thin Margin");
        UUID r = requirement("Java Developer", "Acme Bank");
        rtr(c, r, vendorA, null);
        Rate w2Pay = new Rate(new BigDecimal("70"), "USD", RateUnit.HOUR, EmploymentType.W2); // cost 80.50, 5.3 %
        UUID id = submissions
                .create(
                        recruiter,
                        new SubmissionInput(c, r, null, vendorA, null, BILL, w2Pay, null, false, null),
                        Optional.empty())
                .value()
                .submission()
                .id();

        assertThatThrownBy(() -> submissions.transition(
                        recruiter,
                        id,
                        new TransitionInput(SubmissionStatus.SUBMITTED, null, null),
                        OptionalLong.empty()))
                .isInstanceOfSatisfying(MarginBelowFloorException.class, e -> {
                    assertThat(e.margin().marginPercent()).isEqualByComparingTo("5.2941");
                    assertThat(e.getMessage()).contains("5.29 %").contains("floor is 10.00 %");
                });
        Submission s = submissions
                .transition(
                        admin,
                        id,
                        new TransitionInput(
                                SubmissionStatus.SUBMITTED, null, new OverrideInput(null, "Strategic account")),
                        OptionalLong.empty())
                .submission();
        assertThat(s.marginOverride()).isEqualTo("Strategic account");
        assertThat(auditActions()).contains("submission.margin_override");
    }

    // --------------------------------------------------------------------- transitions, pipeline

    @Test
    void illegalMove_isRefusedNamingTheAllowedOnes() {
        UUID c = consultant("Skipper");
        UUID r = requirement("Java Developer", "Acme Bank");
        UUID id = submissions
                .create(recruiter, input(c, r, vendorA, false, null), Optional.empty())
                .value()
                .submission()
                .id();

        assertThatThrownBy(() -> submissions.transition(
                        recruiter,
                        id,
                        new TransitionInput(SubmissionStatus.INTERVIEWING, null, null),
                        OptionalLong.empty()))
                .isInstanceOfSatisfying(
                        IllegalTransitionException.class,
                        e -> assertThat(e.allowed())
                                .containsExactly(SubmissionStatus.SUBMITTED, SubmissionStatus.WITHDRAWN));
        assertThatThrownBy(() -> submissions.transition(
                        recruiter,
                        id,
                        new TransitionInput(SubmissionStatus.WITHDRAWN, null, null),
                        OptionalLong.empty()))
                .as("a withdrawal needs a reason")
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void fullPipeline_interviewOfferPlacement_withHoldAndResume_eachStageStampedAndAnnounced() {
        UUID c = consultant("Placed Person");
        UUID r = requirement("Java Developer", "Acme Bank");
        rtr(c, r, vendorA, null);
        UUID id = submissions
                .create(recruiter, input(c, r, vendorA, true, null), Optional.empty())
                .value()
                .submission()
                .id();
        assertThatThrownBy(() -> submissions.scheduleInterview(recruiter, id, interview(null)))
                .as("not passed to the client yet")
                .isInstanceOf(IllegalTransitionException.class);
        submissions.transition(
                recruiter,
                id,
                new TransitionInput(SubmissionStatus.CLIENT_SUBMITTED, null, null),
                OptionalLong.empty());

        Interview first = submissions.scheduleInterview(recruiter, id, interview(null));
        Interview second = submissions.scheduleInterview(recruiter, id, interview(null));
        assertThat(first.round()).isEqualTo(1);
        assertThat(second.round()).isEqualTo(2);
        assertThat(first.startsAt()).isEqualTo(Instant.parse("2026-12-10T16:30:00Z"));
        assertThatThrownBy(() -> submissions.scheduleInterview(recruiter, id, interview(2)))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.reason()).isEqualTo("duplicate"));
        Interview passed = submissions.updateInterview(
                recruiter,
                first.id(),
                in -> new InterviewInput(
                        in.round(),
                        in.startsAt(),
                        in.timeZone(),
                        in.durationMinutes(),
                        in.mode(),
                        in.interviewer(),
                        in.location(),
                        InterviewOutcome.PASSED,
                        "Strong system design"),
                OptionalLong.of(1));
        assertThat(passed.outcome()).isEqualTo(InterviewOutcome.PASSED);
        assertThat(passed.version()).isEqualTo(2);

        SubmissionDetails held = submissions.transition(
                recruiter,
                id,
                new TransitionInput(SubmissionStatus.ON_HOLD, "Client budget freeze", null),
                OptionalLong.empty());
        assertThat(held.submission().heldFrom()).isEqualTo(SubmissionStatus.INTERVIEWING);
        SubmissionDetails resumed = submissions.transition(
                recruiter, id, new TransitionInput(SubmissionStatus.INTERVIEWING, null, null), OptionalLong.empty());
        assertThat(resumed.submission().heldFrom()).isNull();

        Offer offer = submissions.makeOffer(
                recruiter,
                id,
                new OfferInput(
                        new Rate(new BigDecimal("88"), "USD", RateUnit.HOUR, null),
                        LocalDate.of(2027, 1, 4),
                        LocalDate.of(2026, 12, 31),
                        null));
        assertThat(submissions.get(recruiter, id).submission().status()).isEqualTo(SubmissionStatus.OFFERED);
        assertThatThrownBy(() -> submissions.makeOffer(
                        recruiter,
                        id,
                        new OfferInput(
                                new Rate(BigDecimal.TEN, "EUR", RateUnit.HOUR, null),
                                LocalDate.of(2027, 1, 4),
                                null,
                                null)))
                .isInstanceOf(ValidationException.class);

        Placement p = submissions.place(
                recruiter,
                id,
                new PlacementInput(
                        null,
                        LocalDate.of(2027, 12, 31),
                        null,
                        new Rate(new BigDecimal("60"), "USD", RateUnit.HOUR, EmploymentType.W2),
                        null));
        assertThat(p.startDate()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(p.billRate().amount()).isEqualByComparingTo("88");
        assertThat(p.margin().costHourly()).isEqualByComparingTo("69");
        assertThat(p.margin().marginHourly()).isEqualByComparingTo("19");

        assertThat(consultants.get(recruiter, c).onBenchSince())
                .as("placed: off the bench")
                .isNull();
        SubmissionDetails placed = submissions.get(recruiter, id);
        assertThat(placed.submission().status()).isEqualTo(SubmissionStatus.PLACED);
        assertThat(placed.offers()).singleElement().satisfies(o -> {
            assertThat(o.id()).isEqualTo(offer.id());
            assertThat(o.status()).isEqualTo(OfferStatus.ACCEPTED);
        });
        assertThat(placed.placement().id()).isEqualTo(p.id());
        Submission.Stages st = placed.submission().stages();
        assertThat(List.of(
                        st.submittedAt(), st.clientSubmittedAt(), st.interviewingAt(), st.offeredAt(), st.placedAt()))
                .doesNotContainNull()
                .isSorted();
        assertThat(placed.history())
                .extracting(StatusChange::to)
                .containsExactly(
                        SubmissionStatus.DRAFT,
                        SubmissionStatus.SUBMITTED,
                        SubmissionStatus.CLIENT_SUBMITTED,
                        SubmissionStatus.INTERVIEWING,
                        SubmissionStatus.ON_HOLD,
                        SubmissionStatus.INTERVIEWING,
                        SubmissionStatus.OFFERED,
                        SubmissionStatus.PLACED);
        assertThat(events()).extracting(e -> e.event().eventType()).contains("InterviewScheduled", "PlacementStarted");
        assertThat(events())
                .filteredOn(e -> e.event().eventType().equals("PlacementStarted"))
                .singleElement()
                .satisfies(
                        e -> assertThat(e.payload().path("startDate").asText()).isEqualTo("2027-01-04"));
        assertThatThrownBy(() -> submissions.transition(
                        recruiter,
                        id,
                        new TransitionInput(SubmissionStatus.WITHDRAWN, "x", null),
                        OptionalLong.empty()))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void rejectingAnOfferedSubmission_declinesItsOffer_andUpdatingTermsAfterSendingIsRefused() {
        policy.update(admin, new WorkflowSettings.Input(false, 0, new BigDecimal("10"), new BigDecimal("15")));
        UUID c = consultant("Declined");
        UUID r = requirement("Java Developer", "Acme Bank");
        UUID id = submissions
                .create(recruiter, input(c, r, vendorA, true, null), Optional.empty())
                .value()
                .submission()
                .id();
        assertThatThrownBy(() -> submissions.update(
                        recruiter,
                        id,
                        ch -> new SubmissionChange(
                                ch.vendorCompanyId(),
                                ch.vendorContactId(),
                                new Rate(new BigDecimal("99"), "USD", RateUnit.HOUR, null),
                                ch.payRate(),
                                ch.notes()),
                        OptionalLong.empty()))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.reason()).isEqualTo("submission-sent"));
        assertThat(submissions
                        .update(
                                recruiter,
                                id,
                                ch -> new SubmissionChange(
                                        ch.vendorCompanyId(),
                                        ch.vendorContactId(),
                                        ch.billRate(),
                                        ch.payRate(),
                                        "Called the vendor"),
                                OptionalLong.empty())
                        .submission()
                        .notes())
                .isEqualTo("Called the vendor");
        submissions.transition(
                recruiter,
                id,
                new TransitionInput(SubmissionStatus.CLIENT_SUBMITTED, null, null),
                OptionalLong.empty());
        submissions.scheduleInterview(recruiter, id, interview(null));
        submissions.makeOffer(recruiter, id, new OfferInput(BILL, LocalDate.of(2027, 1, 4), null, null));

        SubmissionDetails d = submissions.transition(
                recruiter,
                id,
                new TransitionInput(SubmissionStatus.REJECTED, "Consultant declined", null),
                OptionalLong.empty());

        assertThat(d.submission().statusReason()).isEqualTo("Consultant declined");
        assertThat(d.submission().stages().closedAt()).isNotNull();
        assertThat(d.offers())
                .singleElement()
                .satisfies(o -> assertThat(o.status()).isEqualTo(OfferStatus.DECLINED));
    }

    @Test
    void anotherTenant_seesNoneOfIt() {
        UUID c = consultant("Private Person");
        UUID r = requirement("Java Developer", "Acme Bank");
        UUID id = submissions
                .create(recruiter, input(c, r, vendorA, false, null), Optional.empty())
                .value()
                .submission()
                .id();
        Caller stranger = new Caller(new TenantId(UUID.randomUUID()), "u-x", Set.of(Role.Admin), "t");

        assertThatThrownBy(() -> submissions.get(stranger, id))
                .isInstanceOf(com.benchcrm.common.NotFoundException.class);
        assertThat(submissions
                        .list(stranger, SubmissionRepository.Query.ALL, com.benchcrm.common.PageRequest.first(10))
                        .items())
                .isEmpty();
        assertThatThrownBy(() -> submissions.create(stranger, input(c, r, null, false, null), Optional.empty()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .extracting(ValidationException.FieldError::field)
                                .containsExactlyInAnyOrder("/consultantId", "/requirementId"));
    }

    static InterviewInput interview(Integer round) {
        return new InterviewInput(
                round,
                LocalDateTime.of(2026, 12, 10, 10, 30),
                "America/Chicago",
                45,
                InterviewMode.VIDEO,
                "Dana Lee",
                "Zoom",
                null,
                null);
    }
}

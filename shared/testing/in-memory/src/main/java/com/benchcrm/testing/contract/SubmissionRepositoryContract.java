package com.benchcrm.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.common.EmploymentType;
import com.benchcrm.common.Rate;
import com.benchcrm.common.RateUnit;
import com.benchcrm.margin.Margins;
import com.benchcrm.parties.SubmissionReferences;
import com.benchcrm.persistence.DuplicateKeyException;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.persistence.Tx;
import com.benchcrm.submission.Interview;
import com.benchcrm.submission.InterviewMode;
import com.benchcrm.submission.InterviewOutcome;
import com.benchcrm.submission.Offer;
import com.benchcrm.submission.OfferStatus;
import com.benchcrm.submission.Placement;
import com.benchcrm.submission.StatusChange;
import com.benchcrm.submission.Submission;
import com.benchcrm.submission.SubmissionRepository;
import com.benchcrm.submission.SubmissionStatus;
import com.benchcrm.tenancy.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** What every {@link SubmissionRepository} and {@link SubmissionReferences} does, PostgreSQL or in memory. */
public abstract class SubmissionRepositoryContract {

    static final Instant T = Instant.parse("2026-10-01T08:00:00.123456Z");

    protected abstract Stores stores();

    private <R> R in(TenantId tenant, Function<Tx, R> work) {
        Transactions tx = stores().transactions();
        return tx.inTenant(tenant, work);
    }

    private SubmissionRepository repo() {
        return stores().submissions();
    }

    private Submission stored(TenantId tenant, Submission s) {
        in(tenant, (Tx tx) -> {
            repo().insert(tx, s);
            return null;
        });
        return s;
    }

    @Test
    void insert_thenFind_roundTripsEveryField() {
        TenantId tenant = stores().newTenant();
        var p = PipelineSamples.pair(stores(), tenant, "Ann Round", "Java Developer", "Acme Bank", T);
        UUID vendor = stores().newCompany(tenant, "Vendor Round");
        UUID contact = stores().newContact(tenant, vendor, "Carl Contact");
        UUID rec = stores().newRecommendation(tenant, p.requirementId(), p.consultantId(), 0.8, 0.6);
        Submission s = new Submission(
                Samples.id(),
                p.consultantId(),
                p.requirementId(),
                vendor,
                contact,
                rec,
                SubmissionStatus.ON_HOLD,
                SubmissionStatus.CLIENT_SUBMITTED,
                "Client freeze",
                PipelineSamples.BILL,
                new Rate(new BigDecimal("120000.00"), "USD", RateUnit.YEAR, EmploymentType.W2),
                "Notes",
                0.8,
                0.6,
                new BigDecimal("18.6538"),
                new BigDecimal("21.9457"),
                null,
                "Asked again",
                "Strategic",
                "u-1",
                PipelineSamples.stages(T, T.plusSeconds(60), null, null, null, null),
                3,
                T,
                T.plusSeconds(120));

        stored(tenant, s);

        assertThat(in(tenant, (Tx tx) -> repo().find(tx, s.id())))
                .get()
                .usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(s);
        assertThat(in(tenant, (Tx tx) -> repo().findByPair(tx, p.consultantId(), p.requirementId())))
                .map(Submission::id)
                .contains(s.id());
    }

    @Test
    void update_replacesTheStoredFields() {
        TenantId tenant = stores().newTenant();
        var p = PipelineSamples.pair(stores(), tenant, "Bo Update", "Java Developer", "Acme Bank", T);
        Submission draft = stored(
                tenant,
                PipelineSamples.submission(
                        p.consultantId(),
                        p.requirementId(),
                        null,
                        SubmissionStatus.DRAFT,
                        "u",
                        Submission.Stages.NONE,
                        T));
        Submission sent = new Submission(
                draft.id(),
                draft.consultantId(),
                draft.requirementId(),
                draft.vendorCompanyId(),
                null,
                null,
                SubmissionStatus.SUBMITTED,
                null,
                null,
                draft.billRate(),
                draft.payRate(),
                "sent",
                null,
                null,
                draft.marginHourly(),
                draft.marginPercent(),
                null,
                null,
                null,
                "u",
                PipelineSamples.stages(T.plusSeconds(5), null, null, null, null, null),
                2,
                T,
                T.plusSeconds(5));

        in(tenant, (Tx tx) -> {
            repo().update(tx, sent);
            return null;
        });

        Submission read =
                in(tenant, (Tx tx) -> repo().findForUpdate(tx, draft.id())).orElseThrow();
        assertThat(read.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(read.version()).isEqualTo(2);
        assertThat(read.notes()).isEqualTo("sent");
        assertThat(read.stages().submittedAt()).isEqualTo(T.plusSeconds(5));
    }

    @Test
    void pair_isUnique() {
        TenantId tenant = stores().newTenant();
        var p = PipelineSamples.pair(stores(), tenant, "Cy Pair", "Java Developer", "Acme Bank", T);
        stored(
                tenant,
                PipelineSamples.submission(
                        p.consultantId(),
                        p.requirementId(),
                        null,
                        SubmissionStatus.DRAFT,
                        "u",
                        Submission.Stages.NONE,
                        T));

        assertThatThrownBy(() -> stored(
                        tenant,
                        PipelineSamples.submission(
                                p.consultantId(),
                                p.requirementId(),
                                null,
                                SubmissionStatus.DRAFT,
                                "u",
                                Submission.Stages.NONE,
                                T)))
                .isInstanceOfSatisfying(
                        DuplicateKeyException.class, e -> assertThat(e.key()).isEqualTo(SubmissionRepository.PAIR_KEY));
    }

    @Test
    void list_filtersAndPagesNewestFirst_sentSinceReadsTheWindow() {
        TenantId tenant = stores().newTenant();
        UUID consultant = PipelineSamples.consultant(stores(), tenant, "Di List", T);
        UUID vendor = stores().newCompany(tenant, "Vendor List");
        List<Submission> made = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            UUID r = PipelineSamples.requirement(stores(), tenant, "Role " + i, "Client " + i, T);
            Instant sentAt = i == 0 ? null : T.plusSeconds(86400L * i);
            made.add(stored(
                    tenant,
                    PipelineSamples.submission(
                            consultant,
                            r,
                            i % 2 == 0 ? vendor : null,
                            sentAt == null ? SubmissionStatus.DRAFT : SubmissionStatus.SUBMITTED,
                            "u",
                            PipelineSamples.stages(sentAt, null, null, null, null, null),
                            T)));
        }

        List<Submission> page =
                in(tenant, (Tx tx) -> repo().list(tx, SubmissionRepository.Query.ALL, Optional.empty(), 3));
        assertThat(page)
                .extracting(Submission::id)
                .containsExactly(made.get(3).id(), made.get(2).id(), made.get(1).id());
        assertThat(in(
                        tenant,
                        (Tx tx) -> repo().list(
                                        tx,
                                        SubmissionRepository.Query.ALL,
                                        Optional.of(page.get(2).id()),
                                        3)))
                .extracting(Submission::id)
                .containsExactly(made.get(0).id());
        assertThat(in(
                        tenant,
                        (Tx tx) -> repo().list(
                                        tx,
                                        new SubmissionRepository.Query(
                                                Set.of(SubmissionStatus.DRAFT),
                                                Optional.of(consultant),
                                                Optional.empty(),
                                                Optional.empty()),
                                        Optional.empty(),
                                        10)))
                .extracting(Submission::id)
                .containsExactly(made.get(0).id());
        assertThat(in(
                        tenant,
                        (Tx tx) -> repo().list(
                                        tx,
                                        new SubmissionRepository.Query(
                                                Set.of(), Optional.empty(), Optional.empty(), Optional.of(vendor)),
                                        Optional.empty(),
                                        10)))
                .extracting(Submission::id)
                .containsExactly(made.get(2).id(), made.get(0).id());
        assertThat(in(tenant, (Tx tx) -> repo().sentSince(tx, consultant, T.plusSeconds(86400L * 2))))
                .extracting(Submission::id)
                .containsExactly(made.get(3).id(), made.get(2).id());
    }

    @Test
    void historyInterviewsOffersAndPlacement_roundTrip_withTheirUniqueKeys() {
        TenantId tenant = stores().newTenant();
        var p = PipelineSamples.pair(stores(), tenant, "Eve Pipe", "Java Developer", "Acme Bank", T);
        Submission s = stored(
                tenant,
                PipelineSamples.submission(
                        p.consultantId(),
                        p.requirementId(),
                        null,
                        SubmissionStatus.OFFERED,
                        "u",
                        PipelineSamples.stages(T, T, T, T, null, null),
                        T));
        StatusChange c1 = new StatusChange(Samples.id(), s.id(), null, SubmissionStatus.DRAFT, null, "u", T);
        StatusChange c2 = new StatusChange(
                Samples.id(), s.id(), SubmissionStatus.DRAFT, SubmissionStatus.SUBMITTED, "ok", "u", T.plusSeconds(1));
        Interview i1 = new Interview(
                Samples.id(),
                s.id(),
                1,
                T,
                "America/Chicago",
                45,
                InterviewMode.VIDEO,
                "Dana",
                "Zoom",
                InterviewOutcome.PASSED,
                "Good",
                2,
                "u",
                T,
                T);
        Offer offer = new Offer(
                Samples.id(),
                s.id(),
                new Rate(new BigDecimal("88.00"), "USD", RateUnit.HOUR, null),
                LocalDate.of(2027, 1, 4),
                LocalDate.of(2026, 12, 31),
                OfferStatus.EXTENDED,
                null,
                "u",
                T);
        Rate pay = new Rate(new BigDecimal("60.00"), "USD", RateUnit.HOUR, EmploymentType.W2);
        Placement placement = new Placement(
                Samples.id(),
                s.id(),
                p.consultantId(),
                p.requirementId(),
                LocalDate.of(2027, 1, 4),
                null,
                offer.rate(),
                pay,
                Margins.of(offer.rate(), pay, new BigDecimal("15")),
                null,
                "u",
                T);

        in(tenant, (Tx tx) -> {
            repo().appendStatusChange(tx, c1);
            repo().appendStatusChange(tx, c2);
            repo().insertInterview(tx, i1);
            repo().insertOffer(tx, offer);
            repo().setOfferStatus(tx, offer.id(), OfferStatus.ACCEPTED);
            repo().insertPlacement(tx, placement);
            return null;
        });

        assertThat(in(tenant, (Tx tx) -> repo().statusChanges(tx, s.id()))).containsExactly(c1, c2);
        assertThat(in(tenant, (Tx tx) -> repo().interviews(tx, s.id()))).containsExactly(i1);
        assertThat(in(tenant, (Tx tx) -> repo().findInterviewForUpdate(tx, i1.id())))
                .contains(i1);
        assertThat(in(tenant, (Tx tx) -> repo().offers(tx, s.id())))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.status()).isEqualTo(OfferStatus.ACCEPTED);
                    assertThat(o.startDate()).isEqualTo(LocalDate.of(2027, 1, 4));
                });
        assertThat(in(tenant, (Tx tx) -> repo().placement(tx, s.id())))
                .get()
                .usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(placement);
        Interview sameRound = new Interview(
                Samples.id(),
                s.id(),
                1,
                T,
                "UTC",
                30,
                InterviewMode.PHONE,
                null,
                null,
                InterviewOutcome.SCHEDULED,
                null,
                1,
                "u",
                T,
                T);
        assertThatThrownBy(() -> in(tenant, (Tx tx) -> {
                    repo().insertInterview(tx, sameRound);
                    return null;
                }))
                .isInstanceOfSatisfying(
                        DuplicateKeyException.class,
                        e -> assertThat(e.key()).isEqualTo(SubmissionRepository.INTERVIEW_ROUND_KEY));
        assertThatThrownBy(() -> in(tenant, (Tx tx) -> {
                    repo().insertPlacement(
                                    tx,
                                    new Placement(
                                            Samples.id(),
                                            s.id(),
                                            p.consultantId(),
                                            p.requirementId(),
                                            LocalDate.of(2027, 2, 1),
                                            null,
                                            offer.rate(),
                                            pay,
                                            placement.margin(),
                                            null,
                                            "u",
                                            T));
                    return null;
                }))
                .isInstanceOfSatisfying(
                        DuplicateKeyException.class,
                        e -> assertThat(e.key()).isEqualTo(SubmissionRepository.PLACEMENT_KEY));
    }

    @Test
    void anotherTenant_seesNoSubmission_andNoneOfTheReferences() {
        TenantId tenant = stores().newTenant();
        TenantId other = stores().newTenant();
        var p = PipelineSamples.pair(stores(), tenant, "Fay Mine", "Java Developer", "Acme Bank", T);
        UUID vendor = stores().newCompany(tenant, "Vendor Mine");
        UUID contact = stores().newContact(tenant, vendor, "Gil Contact");
        UUID rec = stores().newRecommendation(tenant, p.requirementId(), p.consultantId(), 0.7, 0.5);
        Submission s = stored(
                tenant,
                PipelineSamples.submission(
                        p.consultantId(),
                        p.requirementId(),
                        vendor,
                        SubmissionStatus.SUBMITTED,
                        "u",
                        PipelineSamples.stages(T, null, null, null, null, null),
                        T));
        SubmissionReferences refs = stores().submissionReferences();

        assertThat(in(other, (Tx tx) -> repo().find(tx, s.id()))).isEmpty();
        assertThat(in(other, (Tx tx) -> repo().list(tx, SubmissionRepository.Query.ALL, Optional.empty(), 10)))
                .isEmpty();
        assertThat(in(other, (Tx tx) -> repo().sentSince(tx, p.consultantId(), Instant.EPOCH)))
                .isEmpty();
        assertThat(in(
                        other,
                        (Tx tx) -> refs.consultantExists(tx, p.consultantId())
                                || refs.requirementExists(tx, p.requirementId())
                                || refs.company(tx, vendor).isPresent()
                                || refs.contact(tx, contact).isPresent()
                                || refs.recommendation(tx, rec).isPresent()))
                .isFalse();
        assertThat(in(tenant, (Tx tx) -> refs.contact(tx, contact)))
                .get()
                .satisfies(c -> assertThat(c.companyId()).isEqualTo(vendor));
        assertThat(in(tenant, (Tx tx) -> refs.recommendation(tx, rec))).get().satisfies(r -> {
            assertThat(r.consultantId()).isEqualTo(p.consultantId());
            assertThat(r.matchScore()).isEqualTo(0.7);
        });
        assertThat(in(tenant, (Tx tx) -> refs.companies(tx, List.of(vendor, Samples.id()))))
                .containsOnlyKeys(vendor);
        assertThat(in(tenant, (Tx tx) -> refs.consultantName(tx, p.consultantId())))
                .contains("Fay Mine");
    }
}

package com.benchcrm.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.analytics.KpiQuery;
import com.benchcrm.analytics.Kpis;
import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.EmploymentType;
import com.benchcrm.common.Ids;
import com.benchcrm.common.Rate;
import com.benchcrm.common.RateUnit;
import com.benchcrm.consultant.Bench;
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
import com.benchcrm.workflow.WorkflowPolicy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bulk path of a pipeline history: the times as given, the history and rounds derived, idempotent, admins only. */
class PipelineImportTest {

    static final Instant T = Instant.parse("2026-10-01T09:00:00Z");

    final TickingClock clock = new TickingClock(Instant.parse("2026-12-01T00:00:00Z"));
    final InMemoryPersistence db = InMemoryPersistence.create(clock);
    final Ids ids = new Ids(clock);
    final AuditLog audit = new AuditLog(db.transactions(), db.audit(), ids, clock);
    final Outbox outbox = new Outbox(db.outbox(), ids, clock);
    final PipelineImport importer = new PipelineImport(
            db.transactions(),
            db.submissions(),
            db.submissionReferences(),
            db.requirements(),
            db.companies(),
            new WorkflowPolicy(db.transactions(), db.workflowSettings(), audit, clock),
            new Bench(db.consultants(), audit, outbox, clock),
            audit,
            ids);
    final TenantId tenant = new TenantId(UUID.randomUUID());
    final Caller admin = new Caller(tenant, "u-admin", Set.of(Role.Admin), "t");

    @Test
    void load_writesTheHistoryAsItHappened_andASecondLoadSkipsIt() {
        Consultants consultants = new Consultants(
                db.transactions(),
                db.consultants(),
                audit,
                outbox,
                new Idempotency(db.idempotency(), clock),
                ids,
                clock);
        UUID placedOne = consultants
                .create(admin, Samples.withExternalId(Samples.consultant("Pla Ced", null), "c-1"), Optional.empty())
                .value()
                .id();
        consultants.create(
                admin, Samples.withExternalId(Samples.consultant("Rej Ected", null), "c-2"), Optional.empty());
        var req = new PipelineImport.HistoricalRequirement(
                Samples.withExternalRef(Samples.requirement("Java Developer", "Acme Bank"), "hist-1"),
                T,
                "Apex IT Staffing");
        Rate bill = new Rate(new BigDecimal("90"), "USD", RateUnit.HOUR, null);
        Rate pay = new Rate(new BigDecimal("60"), "USD", RateUnit.HOUR, EmploymentType.W2);
        var placed = new PipelineImport.HistoricalSubmission(
                "c-1",
                "hist-1",
                "Apex IT Staffing",
                bill,
                pay,
                T.plusSeconds(7200),
                T.plusSeconds(86400),
                List.of(new PipelineImport.Round(1, T.plusSeconds(3 * 86400), true)),
                T.plusSeconds(6 * 86400),
                LocalDate.of(2026, 10, 20),
                T.plusSeconds(8 * 86400),
                null,
                SubmissionStatus.PLACED,
                null,
                null);
        var rejected = new PipelineImport.HistoricalSubmission(
                "c-2",
                "hist-1",
                "apex it staffing inc",
                bill,
                pay,
                T.plusSeconds(9000),
                null,
                List.of(),
                null,
                null,
                null,
                T.plusSeconds(2 * 86400),
                SubmissionStatus.REJECTED,
                "Vendor passed on the profile",
                null);

        assertThatThrownBy(() -> importer.load(
                        new Caller(tenant, "u", Set.of(Role.Recruiter), "t"), List.of(req), List.of(placed)))
                .isInstanceOf(ForbiddenException.class);
        PipelineImport.Result first = importer.load(admin, List.of(req), List.of(placed, rejected));
        PipelineImport.Result again = importer.load(admin, List.of(req), List.of(placed, rejected));

        assertThat(first).isEqualTo(new PipelineImport.Result(1, 0, 2, 0, 1, 1, 1));
        assertThat(again).isEqualTo(new PipelineImport.Result(0, 1, 0, 2, 0, 0, 0));
        List<Submission> all = db.transactions()
                .inTenant(
                        tenant,
                        (Tx tx) -> db.submissions().list(tx, SubmissionRepository.Query.ALL, Optional.empty(), 10));
        Submission p = all.stream()
                .filter(s -> s.status() == SubmissionStatus.PLACED)
                .findFirst()
                .orElseThrow();
        assertThat(p.stages().submittedAt()).isEqualTo(T.plusSeconds(7200));
        assertThat(p.stages().interviewingAt()).isEqualTo(T.plusSeconds(3 * 86400));
        assertThat(p.marginHourly()).isEqualByComparingTo("21");
        assertThat(db.transactions()
                        .inTenant(tenant, (Tx tx) -> db.submissions().statusChanges(tx, p.id())))
                .extracting(StatusChange::to)
                .containsExactly(
                        SubmissionStatus.DRAFT,
                        SubmissionStatus.SUBMITTED,
                        SubmissionStatus.CLIENT_SUBMITTED,
                        SubmissionStatus.INTERVIEWING,
                        SubmissionStatus.OFFERED,
                        SubmissionStatus.PLACED);
        assertThat(db.transactions()
                        .inTenant(tenant, (Tx tx) -> db.submissions().offers(tx, p.id())))
                .singleElement()
                .satisfies(o -> assertThat(o.status()).isEqualTo(OfferStatus.ACCEPTED));
        assertThat(consultants.get(admin, placedOne).onBenchSince()).isNull();
        assertThat(all)
                .extracting(Submission::vendorCompanyId)
                .as("one vendor, found again by its normalized name")
                .containsOnly(p.vendorCompanyId());
        Kpis k = db.transactions()
                .inTenant(
                        tenant,
                        (Tx tx) -> db.analytics()
                                .kpis(
                                        tx,
                                        new KpiQuery(
                                                T.minusSeconds(86400),
                                                T.plusSeconds(30 * 86400),
                                                Optional.empty(),
                                                T.plusSeconds(30 * 86400))));
        assertThat(k.funnel()).isEqualTo(new Kpis.Funnel(2, 1, 1, 1));
        assertThat(k.vendors()).singleElement().satisfies(v -> {
            assertThat(v.vendorName()).isEqualTo("Apex IT Staffing");
            assertThat(v.requirementsReceived())
                    .as("the history's requirement is linked to its vendor")
                    .isEqualTo(1);
        });
        assertThat(k.requirements().timeToFirstSubmitHours().median()).isEqualTo(2.0);
        assertThat(k.placements().timeToFillDays().median()).isEqualTo(8.0);
    }

    /** Two vendors, Apex and Other, with a contact each, and consultant {@code c-3} on the bench. */
    record Vendors(UUID apex, UUID apexContact, UUID otherContact) {}

    Vendors vendors() {
        new Consultants(
                        db.transactions(),
                        db.consultants(),
                        audit,
                        outbox,
                        new Idempotency(db.idempotency(), clock),
                        ids,
                        clock)
                .create(admin, Samples.withExternalId(Samples.consultant("Con Tact", null), "c-3"), Optional.empty());
        UUID apex = ids.next();
        UUID other = ids.next();
        UUID apexContact = ids.next();
        UUID otherContact = ids.next();
        db.transactions().inTenant(tenant, (Tx tx) -> {
            vendor(tx, apex, "Apex");
            vendor(tx, other, "Other");
            contact(tx, apexContact, apex, "Ava Apex", "ava@apex.example");
            contact(tx, otherContact, other, "Oli Other", "oli@other.example");
            return null;
        });
        return new Vendors(apex, apexContact, otherContact);
    }

    void vendor(Tx tx, UUID id, String name) {
        db.companies()
                .insert(
                        tx,
                        id,
                        new com.benchcrm.company.CompanyInput(
                                name, List.of(com.benchcrm.company.CompanyKind.VENDOR), null, null, null, null),
                        T);
    }

    void contact(Tx tx, UUID id, UUID company, String name, String email) {
        db.contacts().insert(tx, id, new com.benchcrm.company.ContactInput(company, name, email, null, null, null), T);
    }

    static PipelineImport.HistoricalRequirement requirement(String ref) {
        return new PipelineImport.HistoricalRequirement(
                Samples.withExternalRef(Samples.requirement("QA Lead", "Globex"), ref), T, null);
    }

    /** A submission of {@code consultant} to {@code ref} through Apex, still at Submitted, to {@code contact} (or none). */
    static PipelineImport.HistoricalSubmission submitted(String consultant, String ref, UUID contact) {
        return new PipelineImport.HistoricalSubmission(
                consultant,
                ref,
                "Apex",
                new Rate(BigDecimal.TEN, "USD", RateUnit.HOUR, null),
                new Rate(new BigDecimal("8"), "USD", RateUnit.HOUR, null),
                T,
                null,
                List.of(),
                null,
                null,
                null,
                null,
                SubmissionStatus.SUBMITTED,
                null,
                contact);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "a consultant that is not there, nobody, false, 'the history names consultant nobody and requirement hist-3;"
                + " load them first'",
        "a contact of another vendor,    c-3,    true,  'is not a contact of that vendor'",
    })
    void load_refused_failsWhole_nothingPartlyWritten(
            String refusal, String consultant, boolean otherVendorsContact, String message) {
        Vendors v = vendors();
        var sub = submitted(consultant, "hist-3", otherVendorsContact ? v.otherContact() : null);

        assertThatThrownBy(() -> importer.load(admin, List.of(requirement("hist-3")), List.of(sub)))
                .as(refusal)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
        assertThat(db.transactions()
                        .inTenant(tenant, (Tx tx) -> db.submissionReferences().requirementByExternalRef(tx, "hist-3")))
                .as("nothing partly written")
                .isEmpty();
    }

    @Test
    void load_namesTheVendorContact_ofThatVendor() {
        Vendors v = vendors();

        importer.load(admin, List.of(requirement("hist-3")), List.of(submitted("c-3", "hist-3", v.apexContact())));

        Submission written = db.transactions()
                .inTenant(
                        tenant,
                        (Tx tx) -> db.submissions()
                                .findByPair(
                                        tx,
                                        db.submissionReferences()
                                                .consultantByExternalId(tx, "c-3")
                                                .orElseThrow(),
                                        db.submissionReferences()
                                                .requirementByExternalRef(tx, "hist-3")
                                                .orElseThrow())
                                .orElseThrow());
        assertThat(written.vendorContactId()).isEqualTo(v.apexContact());
        assertThat(written.vendorCompanyId()).isEqualTo(v.apex());
    }
}

package com.benchcrm.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.common.EmploymentType;
import com.benchcrm.common.WorkAuthorization;
import com.benchcrm.persistence.DuplicateKeyException;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.persistence.Tx;
import com.benchcrm.requirement.InterviewMode;
import com.benchcrm.requirement.Requirement;
import com.benchcrm.requirement.RequirementFingerprint;
import com.benchcrm.requirement.RequirementInput;
import com.benchcrm.requirement.RequirementParties;
import com.benchcrm.requirement.RequirementRepository;
import com.benchcrm.requirement.RequirementSkill;
import com.benchcrm.requirement.RequirementSource;
import com.benchcrm.requirement.RequirementStatus;
import com.benchcrm.tenancy.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link RequirementRepository} does, PostgreSQL or in memory. */
public abstract class RequirementRepositoryContract {

    protected abstract Stores stores();

    private Transactions tx() {
        return stores().transactions();
    }

    private RequirementRepository repo() {
        return stores().requirements();
    }

    private UUID insert(TenantId tenant, RequirementInput in) {
        UUID id = Samples.id();
        tx().inTenant(tenant, (Tx t) -> {
            repo().insert(t, id, in, Instant.parse("2026-11-22T10:00:00Z"));
            return null;
        });
        return id;
    }

    private static RequirementFingerprint fingerprint(String title, String client, List<String> places) {
        return new RequirementFingerprint(title, client, places, List.of("java"));
    }

    private static RequirementSource source(String vendor, Instant at) {
        return new RequirementSource(
                vendor,
                vendor,
                "Pat Vendor",
                "Vendor Inc",
                null,
                null,
                "<m1@example.com>",
                "Req: Java developer",
                List.of("TX|dallas"),
                at);
    }

    @Test
    void insert_thenFind_returnsTheStoredForm() {
        TenantId tenant = stores().newTenant();
        RequirementInput in = Samples.requirement("  Kafka Engineer ", "Acme Bank");

        Requirement r = tx().inTenant(tenant, (Tx t) -> repo().find(t, insert(tenant, in)))
                .orElseThrow();

        assertThat(r.title()).isEqualTo("Kafka Engineer");
        assertThat(r.version()).isEqualTo(1);
        assertThat(r.status()).isEqualTo(RequirementStatus.OPEN);
        assertThat(r.skills()).extracting(RequirementSkill::name).containsExactly("Java", "Kafka");
        assertThat(r.skills()).extracting(RequirementSkill::required).containsExactly(true, true);
        assertThat(r.workAuthorizations()).containsExactly(WorkAuthorization.H1B, WorkAuthorization.GREEN_CARD);
        assertThat(r.budget().amount()).isEqualByComparingTo("80");
        assertThat(r.startDate()).isEqualTo(in.startDate());
    }

    @Test
    void extractionFields_roundTrip_andAnotherTenantDoesNotSeeThem() {
        TenantId tenant = stores().newTenant();
        TenantId other = stores().newTenant();
        RequirementInput base = Samples.requirement("Salesforce Developer", "Acme Mutual");
        RequirementParties parties = new RequirementParties(
                "Crestline Solutions LLC",
                new RequirementParties.Contact("Rowan Placeford", "rowan@crestline.example.com", "555-010-4471"),
                "Helix IT Partners",
                null);
        RequirementInput in = new RequirementInput(
                base.externalRef(),
                base.title(),
                base.description(),
                base.status(),
                base.location(),
                base.workMode(),
                List.of(new RequirementSkill("Java", true, null, "17"), new RequirementSkill("Apex", false, null)),
                base.minYears(),
                base.seniority(),
                null,
                null,
                base.startDate(),
                base.clientName(),
                List.of(WorkAuthorization.US_CITIZEN, WorkAuthorization.H4_EAD),
                null,
                List.of(WorkAuthorization.OPT_EAD, WorkAuthorization.CPT),
                EmploymentType.W2,
                true,
                List.of(InterviewMode.VIDEO, InterviewMode.IN_PERSON),
                parties);
        UUID id = insert(tenant, in);

        Requirement r = tx().inTenant(tenant, (Tx t) -> repo().find(t, id)).orElseThrow();

        assertThat(r.excludedWorkAuthorizations()).containsExactly(WorkAuthorization.OPT_EAD, WorkAuthorization.CPT);
        assertThat(r.employmentType()).isEqualTo(EmploymentType.W2);
        assertThat(r.budget()).isNull();
        assertThat(r.longTerm()).isTrue();
        assertThat(r.interviewModes()).containsExactly(InterviewMode.VIDEO, InterviewMode.IN_PERSON);
        assertThat(r.parties()).isEqualTo(parties);
        assertThat(r.skills()).extracting(RequirementSkill::version).containsExactly("17", null);
        assertThat(tx().inTenant(other, (Tx t) -> repo().find(t, id))).isEmpty();
        assertThat(tx().inTenant(other, (Tx t) -> repo().list(t, Optional.empty(), 50)))
                .extracting(Requirement::id)
                .doesNotContain(id);
    }

    @Test
    void findMany_byStatus_leavesOutTheOthers_andOtherTenants() {
        TenantId tenant = stores().newTenant();
        TenantId other = stores().newTenant();
        UUID open = insert(tenant, Samples.requirement("Open role", "A"));
        UUID closed =
                insert(tenant, Samples.withStatus(Samples.requirement("Closed role", "A"), RequirementStatus.CLOSED));
        UUID foreign = insert(other, Samples.requirement("Foreign role", "A"));

        List<Requirement> onlyOpen = tx().inTenant(
                        tenant,
                        (Tx t) -> repo().findMany(t, List.of(open, closed, foreign), Set.of(RequirementStatus.OPEN)));
        List<Requirement> all = tx().inTenant(tenant, (Tx t) -> repo().findMany(t, List.of(open, closed, foreign)));

        assertThat(onlyOpen).extracting(Requirement::id).containsExactly(open);
        assertThat(all).extracting(Requirement::id).containsExactlyInAnyOrder(open, closed);
    }

    @Test
    void update_bumpsTheVersion_andReplacesTheSkills() {
        TenantId tenant = stores().newTenant();
        UUID id = insert(tenant, Samples.requirement("Role", "A"));
        RequirementInput changed = Samples.withStatus(Samples.requirement("Role v2", "A"), RequirementStatus.ON_HOLD);

        tx().inTenant(tenant, (Tx t) -> {
            repo().update(t, repo().findForUpdate(t, id).orElseThrow(), changed, Instant.parse("2026-11-23T00:00:00Z"));
            return null;
        });

        Requirement r = tx().inTenant(tenant, (Tx t) -> repo().find(t, id)).orElseThrow();
        assertThat(r.version()).isEqualTo(2);
        assertThat(r.title()).isEqualTo("Role v2");
        assertThat(r.status()).isEqualTo(RequirementStatus.ON_HOLD);
        assertThat(r.updatedAt()).isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
    }

    @Test
    void list_isNewestFirst() {
        TenantId tenant = stores().newTenant();
        UUID a = insert(tenant, Samples.requirement("First", "A"));
        UUID b = insert(tenant, Samples.requirement("Second", "A"));

        assertThat(tx().inTenant(tenant, (Tx t) -> repo().list(t, Optional.empty(), 10)))
                .extracting(Requirement::id)
                .containsExactly(b, a);
        assertThat(tx().inTenant(tenant, (Tx t) -> repo().list(t, Optional.of(b), 10)))
                .extracting(Requirement::id)
                .containsExactly(a);
    }

    @Test
    void externalRef_isUnique() {
        TenantId tenant = stores().newTenant();
        insert(tenant, Samples.withExternalRef(Samples.requirement("One", "A"), "REQ-1"));

        assertThatThrownBy(() -> insert(tenant, Samples.withExternalRef(Samples.requirement("Two", "A"), "REQ-1")))
                .isInstanceOfSatisfying(
                        DuplicateKeyException.class,
                        e -> assertThat(e.key()).isEqualTo(RequirementRepository.EXTERNAL_REF_KEY));
    }

    @Test
    void fingerprints_matchOpenAndOnHoldRequirements_withTheSameTitleAndClient() {
        TenantId tenant = stores().newTenant();
        UUID open = insert(tenant, Samples.requirement("Java Developer", "Acme"));
        UUID filled = insert(
                tenant, Samples.withStatus(Samples.requirement("Java Developer", "Acme"), RequirementStatus.FILLED));
        UUID otherClient = insert(tenant, Samples.requirement("Java Developer", "Globex"));
        tx().inTenant(tenant, (Tx t) -> {
            repo().insertFingerprint(t, open, fingerprint("Java Developer", "Acme", List.of("TX|dallas")));
            repo().insertFingerprint(t, filled, fingerprint("Java Developer", "Acme", List.of("TX")));
            repo().insertFingerprint(t, otherClient, fingerprint("Java Developer", "Globex", List.of("TX")));
            return null;
        });

        List<RequirementRepository.FingerprintMatch> found = tx().inTenant(
                        tenant,
                        t -> repo().openWithSameTitleAndClient(t, fingerprint("java developer", "ACME", List.of())));
        assertThat(found)
                .extracting(RequirementRepository.FingerprintMatch::requirementId)
                .containsExactly(open);
        assertThat(found.get(0).locationKeys()).containsExactly("TX|dallas");

        tx().inTenant(tenant, (Tx t) -> {
            repo().updateFingerprintLocations(t, open, List.of("TX|dallas", "AZ"));
            return null;
        });
        assertThat(tx().inTenant(
                                tenant,
                                (Tx t) -> repo().openWithSameTitleAndClient(
                                                t, fingerprint("Java Developer", "Acme", List.of())))
                        .get(0)
                        .locationKeys())
                .containsExactly("TX|dallas", "AZ");
        TenantId other = stores().newTenant();
        assertThat(tx().inTenant(
                                other,
                                (Tx t) -> repo().openWithSameTitleAndClient(
                                                t, fingerprint("Java Developer", "Acme", List.of()))))
                .isEmpty();
    }

    @Test
    void claimDedupeKey_secondClaimOfAKey_leavesTheFirstOwnerAndDoesNotFail() {
        TenantId tenant = stores().newTenant();
        UUID first = insert(tenant, Samples.requirement("Same", "A"));
        UUID second = insert(tenant, Samples.requirement("Same", "A"));

        tx().inTenant(tenant, (Tx t) -> {
            repo().claimDedupeKey(t, first, "same|a|TX");
            repo().claimDedupeKey(t, second, "same|a|TX");
            return null;
        });

        assertThat(tx().inTenant(tenant, (Tx t) -> repo().findMany(t, List.of(first, second))))
                .hasSize(2);
    }

    @Test
    void sources_oneVendorOnce_inTheOrderReceived() {
        TenantId tenant = stores().newTenant();
        UUID id = insert(tenant, Samples.requirement("Role", "A"));
        Instant t0 = Instant.parse("2026-11-22T08:00:00Z");

        List<Boolean> added = tx().inTenant(
                        tenant,
                        (Tx t) -> List.of(
                                repo().addSource(
                                                t, Samples.id(), id, source("late@vendor.example", t0.plusSeconds(60))),
                                repo().addSource(t, Samples.id(), id, source("early@vendor.example", t0)),
                                repo().addSource(
                                                t,
                                                Samples.id(),
                                                id,
                                                source("LATE@vendor.example", t0.plusSeconds(120)))));

        assertThat(added).containsExactly(true, true, false);
        assertThat(tx().inTenant(tenant, (Tx t) -> repo().sources(t, id)))
                .extracting(RequirementSource::vendorKey)
                .containsExactly("early@vendor.example", "late@vendor.example");
        assertThat(tx().inTenant(tenant, (Tx t) -> repo().countSources(t, id))).isEqualTo(2);
        RequirementSource stored =
                tx().inTenant(tenant, (Tx t) -> repo().sources(t, id)).get(0);
        assertThat(stored.locations()).containsExactly("TX|dallas");
        assertThat(stored.receivedAt()).isEqualTo(t0);
    }

    @Test
    void delete_takesTheFingerprintAndSourcesWithIt() {
        TenantId tenant = stores().newTenant();
        UUID id = insert(tenant, Samples.requirement("Gone", "A"));
        tx().inTenant(tenant, (Tx t) -> {
            repo().insertFingerprint(t, id, fingerprint("Gone", "A", List.of()));
            repo().addSource(t, Samples.id(), id, source("v@vendor.example", Instant.now()));
            return null;
        });

        tx().inTenant(tenant, (Tx t) -> {
            repo().delete(t, id);
            return null;
        });

        assertThat(tx().inTenant(tenant, (Tx t) -> repo().find(t, id))).isEmpty();
        assertThat(tx().inTenant(tenant, (Tx t) -> repo().countSources(t, id))).isZero();
        assertThat(tx().inTenant(
                                tenant,
                                (Tx t) -> repo().openWithSameTitleAndClient(t, fingerprint("Gone", "A", List.of()))))
                .isEmpty();
    }
}

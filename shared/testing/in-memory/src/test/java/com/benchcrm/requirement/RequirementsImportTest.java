package com.benchcrm.requirement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.ConflictException;
import com.benchcrm.common.Ids;
import com.benchcrm.idempotency.Idempotency;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.persistence.Tx;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Role;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.testing.contract.Samples;
import com.benchcrm.testing.memory.InMemoryAuditRepository;
import com.benchcrm.testing.memory.InMemoryOutboxRepository;
import com.benchcrm.testing.memory.InMemoryPersistence;
import com.benchcrm.testing.memory.TickingClock;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Requirement imports against the in-memory repositories: the same requirement from several
 * vendors is one requirement with several sources; a closed one, another client or places that do
 * not overlap make a new one.
 */
class RequirementsImportTest {

    final Clock clock = new TickingClock(Instant.parse("2026-11-22T10:00:00Z"));
    final InMemoryPersistence db = InMemoryPersistence.create(clock);
    final Ids ids = new Ids(clock);
    final Requirements requirements = new Requirements(
            db.transactions(),
            db.requirements(),
            new AuditLog(db.transactions(), db.audit(), ids, clock),
            new Outbox(db.outbox(), ids, clock),
            new Idempotency(db.idempotency(), clock),
            ids,
            clock);
    final TenantId tenant = new TenantId(UUID.randomUUID());
    final Caller ingest = new Caller(tenant, "system:email-ingest", Set.of(Role.Recruiter), "trace-7");

    ImportedRequirement importFrom(String vendor, String title, String client, List<String> places) {
        RequirementInput input = Samples.requirement(title, client);
        RequirementFingerprint fp = new RequirementFingerprint(title, client, places, List.of("java"));
        RequirementSource source = new RequirementSource(
                null,
                vendor,
                "Pat",
                "Vendor Co",
                null,
                UUID.randomUUID(),
                "<m@x>",
                "Subject " + "x".repeat(600),
                places,
                null);
        return db.transactions()
                .inTenant(
                        tenant,
                        (Tx tx) -> requirements.importInto(tx, ingest, input, fp, source, Map.of("engine", "rules")));
    }

    List<InMemoryOutboxRepository.Row> events() {
        return db.transactions().inTenant(tenant, (Tx tx) -> db.outbox().all(tx));
    }

    List<InMemoryAuditRepository.Stored> audit() {
        return db.transactions().inTenant(tenant, (Tx tx) -> db.audit().all(tx));
    }

    @Test
    void firstImport_createsTheRequirement_withItsSource_auditedAndAnnouncedAsFromTheInbox() {
        ImportedRequirement r = importFrom("a@vendor-a.example", "Java Developer", "Acme", List.of("TX|dallas"));

        assertThat(r.created()).isTrue();
        assertThat(r.sources()).isEqualTo(1);
        assertThat(requirements.sources(ingest, r.id())).singleElement().satisfies(s -> {
            assertThat(s.vendorKey()).isEqualTo("a@vendor-a.example");
            assertThat(s.subject()).hasSize(Requirements.MAX_SUBJECT);
            assertThat(s.receivedAt()).isNotNull();
        });
        assertThat(events()).singleElement().satisfies(e -> {
            assertThat(e.event().eventType()).isEqualTo("RequirementImported");
            assertThat(e.payload().path("source").asText()).isEqualTo("inbox");
            assertThat(e.payload().has("inboundMessageId")).isTrue();
        });
        assertThat(audit()).singleElement().satisfies(a -> {
            assertThat(a.entry().action()).isEqualTo("requirement.created");
            assertThat(a.details()).containsEntry("engine", "rules");
        });
        assertThat(db.transactions()
                        .inTenant(tenant, (Tx tx) -> db.requirements().dedupeKey(tx, r.id())))
                .contains(new RequirementFingerprint("Java Developer", "Acme", List.of("TX|dallas"), List.of())
                        .dedupeKey());
    }

    @Test
    void sameRequirementFromASecondVendor_addsASource_withoutANewRequirementOrEvent() {
        ImportedRequirement first = importFrom("a@vendor-a.example", "Java Developer", "Acme", List.of("TX|dallas"));

        ImportedRequirement second = importFrom("b@vendor-b.example", "JAVA developer", "ACME", List.of("TX"));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.created()).isFalse();
        assertThat(second.sourceAdded()).isTrue();
        assertThat(second.sources()).isEqualTo(2);
        assertThat(events()).hasSize(1);
        assertThat(audit())
                .extracting(a -> a.entry().action())
                .containsExactly("requirement.created", "requirement.source-added");
        assertThat(audit().get(1).details()).containsEntry("vendor", "b@vendor-b.example");
    }

    @Test
    void exactResendFromTheSameVendor_changesNothing() {
        ImportedRequirement first = importFrom("a@vendor-a.example", "Java Developer", "Acme", List.of("TX|dallas"));

        ImportedRequirement again = importFrom("A@vendor-a.example", "Java Developer", "Acme", List.of("TX|dallas"));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.sourceAdded()).isFalse();
        assertThat(again.sources()).isEqualTo(1);
        assertThat(audit()).hasSize(1);
    }

    @Test
    void placesThatDoNotOverlap_orAnotherClient_makeANewRequirement() {
        ImportedRequirement dallas = importFrom("a@vendor-a.example", "Java Developer", "Acme", List.of("TX|dallas"));

        ImportedRequirement phoenix = importFrom("b@vendor-b.example", "Java Developer", "Acme", List.of("AZ|phoenix"));
        ImportedRequirement globex = importFrom("b@vendor-b.example", "Java Developer", "Globex", List.of("TX|dallas"));

        assertThat(phoenix.created()).isTrue();
        assertThat(globex.created()).isTrue();
        assertThat(List.of(dallas.id(), phoenix.id(), globex.id())).doesNotHaveDuplicates();
        assertThat(events()).hasSize(3);
    }

    @Test
    void aMergedSource_widensThePlacesTheRequirementCovers() {
        importFrom("a@vendor-a.example", "Java Developer", "Acme", List.of("TX|dallas"));
        importFrom("b@vendor-b.example", "Java Developer", "Acme", List.of("TX|dallas", "AZ"));

        ImportedRequirement third = importFrom("c@vendor-c.example", "Java Developer", "Acme", List.of("AZ|tempe"));

        assertThat(third.created()).as("AZ was added by the second vendor").isFalse();
        assertThat(third.sources()).isEqualTo(3);
    }

    @Test
    void aClosedRequirement_isNotMergedInto() {
        ImportedRequirement first = importFrom("a@vendor-a.example", "Java Developer", "Acme", List.of("TX|dallas"));
        requirements.patch(
                new Caller(tenant, "u1", Set.of(Role.Recruiter), ""),
                first.id(),
                in -> Samples.withStatus(in, RequirementStatus.CLOSED),
                OptionalLong.empty());

        ImportedRequirement again = importFrom("b@vendor-b.example", "Java Developer", "Acme", List.of("TX|dallas"));

        assertThat(again.created()).isTrue();
        assertThat(again.id()).isNotEqualTo(first.id());
    }

    @Test
    void findAll_byStatus_leavesOutClosedOnes() {
        ImportedRequirement open = importFrom("a@vendor-a.example", "Open one", "Acme", List.of());
        ImportedRequirement closed = importFrom("a@vendor-a.example", "Closed one", "Acme", List.of());
        requirements.patch(
                new Caller(tenant, "u1", Set.of(Role.Recruiter), ""),
                closed.id(),
                in -> Samples.withStatus(in, RequirementStatus.CLOSED),
                OptionalLong.empty());

        assertThat(requirements.findAll(tenant, List.of(open.id(), closed.id()), Set.of(RequirementStatus.OPEN)))
                .containsOnlyKeys(open.id());
        assertThat(requirements.findAll(tenant, List.of(open.id(), closed.id())))
                .containsOnlyKeys(open.id(), closed.id());
    }

    @Test
    void duplicateExternalRef_isAConflictNamingTheField() {
        Caller recruiter = new Caller(tenant, "u1", Set.of(Role.Recruiter), "");
        requirements.create(
                recruiter, Samples.withExternalRef(Samples.requirement("A", "Acme"), "REQ-9"), Optional.empty());

        assertThatThrownBy(() -> requirements.create(
                        recruiter,
                        Samples.withExternalRef(Samples.requirement("B", "Acme"), "REQ-9"),
                        Optional.empty()))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.getMessage()).contains("externalRef"));
    }
}

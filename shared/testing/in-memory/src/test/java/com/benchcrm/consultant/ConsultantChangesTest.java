package com.benchcrm.consultant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.ConflictException;
import com.benchcrm.common.Ids;
import com.benchcrm.common.NotFoundException;
import com.benchcrm.extraction.rules.DeterministicExtractor;
import com.benchcrm.idempotency.Idempotency;
import com.benchcrm.ingest.MailDelivery;
import com.benchcrm.ingest.ResumeImport;
import com.benchcrm.mail.AttachmentKind;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.persistence.Tx;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Role;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.testing.memory.InMemoryPersistence;
import com.benchcrm.testing.memory.TickingClock;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Unauthenticated mail cannot change a consultant (issue 11 item 6): a resume from mail that names an
 * existing consultant's e-mail leaves the consultant as it is and proposes the change; a recruiter
 * approves it (applied like the import's merge, never over what a person typed since) or rejects it;
 * every step is audited; a change is decided once. The API's own resume import (authenticated) still
 * updates directly.
 */
class ConsultantChangesTest {

    static final String RESUME = """
            Avery Example
            Lead Java Developer
            Dallas, TX | avery@example.com | 555-010-0142
            Work Authorization: Green Card

            TECHNICAL SKILLS
            Languages: Java, Python
            Frameworks: Spring Boot, Hibernate
            Messaging: Kafka
            """;

    final Clock clock = new TickingClock(Instant.parse("2026-12-01T09:00:00Z"));
    final InMemoryPersistence db = InMemoryPersistence.create(clock);
    final Ids ids = new Ids(clock);
    final AuditLog audit = new AuditLog(db.transactions(), db.audit(), ids, clock);
    final Consultants consultants = new Consultants(db.transactions(), db.consultants(), audit, new Outbox(db.outbox(), ids, clock),
            new Idempotency(db.idempotency(), clock), ids, clock);
    final ConsultantChanges changes = new ConsultantChanges(db.transactions(), db.pendingChanges(), consultants, audit, ids, clock);
    final ResumeImport resumes = new ResumeImport(consultants, (bytes, kind) -> new String(bytes, StandardCharsets.UTF_8),
            new DeterministicExtractor(clock), null, changes);
    final TenantId tenant = new TenantId(UUID.randomUUID());
    final Caller mail = new Caller(tenant, MailDelivery.ACTOR, Set.of(Role.Recruiter), "trace-mail");
    final Caller recruiter = new Caller(tenant, "u-recruiter", Set.of(Role.Recruiter), "trace-ui");
    final Caller readOnly = new Caller(tenant, "u-viewer", Set.of(Role.ReadOnly), "trace-ro");

    Consultant existing() {
        return consultants.create(recruiter, new ConsultantInput(null, "Avery Example", "avery@example.com", null, null, null, null, null,
                null, List.of(new ConsultantSkill("Java", null, true)), null, null), Optional.empty()).value();
    }

    ResumeImport.Result fromMail() {
        return resumes.importFromMail(mail, RESUME.getBytes(StandardCharsets.UTF_8), AttachmentKind.TEXT, "avery.txt", "raw/acme/m-1");
    }

    @Test
    void mailResume_existingConsultant_isNotChanged_aChangeIsProposed() {
        Consultant before = existing();

        ResumeImport.Result r = fromMail();

        assertThat(r.created()).isFalse();
        assertThat(consultants.get(recruiter, before.id())).isEqualTo(before);
        PendingChange c = r.pendingChange().orElseThrow();
        assertThat(c.status()).isEqualTo(PendingChangeStatus.PENDING);
        assertThat(c.changedFields()).contains("title", "addedSkills").doesNotContain("email");
        assertThat(c.proposed().path("title").asText()).isEqualTo("Lead Java Developer");
        assertThat(c.sourceRef()).isEqualTo("raw/acme/m-1");
        assertThat(changes.list(readOnly, before.id())).extracting(PendingChange::id).containsExactly(c.id());
        assertThat(audit()).contains("consultant.change-proposed");
    }

    @Test
    void approve_appliesTheChange_withoutOverwritingWhatARecruiterTypedSince_andIsAudited() {
        Consultant before = existing();
        PendingChange c = fromMail().pendingChange().orElseThrow();
        consultants.patch(recruiter, before.id(), in -> new ConsultantInput(in.externalId(), in.fullName(), in.email(), in.phone(),
                "Principal Engineer", in.summary(), in.location(), in.workAuthorization(), in.yearsExperience(), in.skills(),
                in.availability(), in.rate()), OptionalLong.empty());

        Consultant after = changes.approve(recruiter, before.id(), c.id());

        assertThat(after.title()).as("typed by a person after the proposal: kept").isEqualTo("Principal Engineer");
        assertThat(after.skills()).extracting(ConsultantSkill::name).contains("Java", "Kafka", "Spring Boot");
        assertThat(after.skills().stream().filter(s -> s.name().equalsIgnoreCase("java")).count()).as("no duplicate").isEqualTo(1);
        assertThat(changes.list(recruiter, before.id())).singleElement().satisfies(x -> {
            assertThat(x.status()).isEqualTo(PendingChangeStatus.APPROVED);
            assertThat(x.decidedBy()).isEqualTo("u-recruiter");
        });
        assertThat(audit()).contains("consultant.change-proposed", "consultant.updated", "consultant.change-approved");
        assertThatThrownBy(() -> changes.approve(recruiter, before.id(), c.id())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("already");
    }

    @Test
    void reject_leavesTheConsultant_recordsTheReason_andCannotBeApprovedAfter() {
        Consultant before = existing();
        PendingChange c = fromMail().pendingChange().orElseThrow();

        PendingChange rejected = changes.reject(recruiter, before.id(), c.id(), "not our Avery");

        assertThat(rejected.status()).isEqualTo(PendingChangeStatus.REJECTED);
        assertThat(rejected.decisionReason()).isEqualTo("not our Avery");
        assertThat(consultants.get(recruiter, before.id())).isEqualTo(before);
        assertThatThrownBy(() -> changes.approve(recruiter, before.id(), c.id())).isInstanceOf(ConflictException.class);
        assertThat(audit()).contains("consultant.change-rejected");
    }

    @Test
    void decisions_needConsultantWrite_andAnotherTenantsChangeIsNotFound() {
        Consultant before = existing();
        PendingChange c = fromMail().pendingChange().orElseThrow();
        Caller stranger = new Caller(new TenantId(UUID.randomUUID()), "u-x", Set.of(Role.Admin), "t");

        assertThatThrownBy(() -> changes.approve(readOnly, before.id(), c.id()))
                .isInstanceOf(com.benchcrm.security.ForbiddenException.class);
        assertThatThrownBy(() -> changes.approve(stranger, before.id(), c.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> changes.list(stranger, before.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void apiImport_authenticatedRecruiter_stillUpdatesDirectly() {
        Consultant before = existing();

        ResumeImport.Result r = resumes.importResume(recruiter, RESUME.getBytes(StandardCharsets.UTF_8), AttachmentKind.TEXT, "avery.txt");

        assertThat(r.pendingChange()).isEmpty();
        assertThat(r.consultant().title()).isEqualTo("Lead Java Developer");
        assertThat(r.consultant().version()).isGreaterThan(before.version());
    }

    @Test
    void mailResume_newPerson_isStillCreated() {
        ResumeImport.Result r = fromMail();

        assertThat(r.created()).isTrue();
        assertThat(r.pendingChange()).isEmpty();
    }

    List<String> audit() {
        return db.transactions().inTenant(tenant, (Tx tx) -> db.audit().all(tx)).stream().map(a -> a.entry().action()).toList();
    }
}

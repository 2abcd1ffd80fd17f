package com.benchcrm.consultant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.ConflictException;
import com.benchcrm.common.Ids;
import com.benchcrm.common.NotFoundException;
import com.benchcrm.common.PageRequest;
import com.benchcrm.common.ValidationException;
import com.benchcrm.common.VersionMismatchException;
import com.benchcrm.idempotency.Idempotency;
import com.benchcrm.idempotency.IdempotencyKey;
import com.benchcrm.lifecycle.Created;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.persistence.Tx;
import com.benchcrm.security.Caller;
import com.benchcrm.security.ForbiddenException;
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
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The consultant use cases (the {@link com.benchcrm.lifecycle.EntityService} they share with
 * requirements) against the in-memory repositories: every mutation audited and announced in the
 * same transaction, idempotent creates, optimistic versions, and nothing written when one fails.
 */
class ConsultantsTest {

    final Clock CLOCK = new TickingClock(Instant.parse("2026-11-22T10:00:00Z"));

    final InMemoryPersistence db = InMemoryPersistence.create(CLOCK);
    final Ids ids = new Ids(CLOCK);
    final Consultants consultants = new Consultants(db.transactions(), db.consultants(),
            new AuditLog(db.transactions(), db.audit(), ids, CLOCK), new Outbox(db.outbox(), ids, CLOCK),
            new Idempotency(db.idempotency(), CLOCK), ids, CLOCK);
    final TenantId tenant = new TenantId(UUID.randomUUID());
    final Caller recruiter = new Caller(tenant, "u-recruiter", Set.of(Role.Recruiter), "trace-1");

    List<InMemoryAuditRepository.Stored> audit() {
        return db.transactions().inTenant(tenant, (Tx tx) -> db.audit().all(tx));
    }

    List<InMemoryOutboxRepository.Row> outbox() {
        return db.transactions().inTenant(tenant, (Tx tx) -> db.outbox().all(tx));
    }

    @Test
    void create_storesTheConsultant_auditsIt_andAnnouncesConsultantUpserted() {
        Created<Consultant> created = consultants.create(recruiter, Samples.consultant("Avery Example", "avery@example.com"),
                Optional.empty());

        assertThat(created.replayed()).isFalse();
        assertThat(created.value().version()).isEqualTo(1);
        assertThat(consultants.get(recruiter, created.value().id()).fullName()).isEqualTo("Avery Example");
        assertThat(audit()).singleElement().satisfies(a -> {
            assertThat(a.entry().action()).isEqualTo("consultant.created");
            assertThat(a.entry().actorId()).isEqualTo("u-recruiter");
            assertThat(a.entry().beforeHash()).isNull();
            assertThat(a.entry().afterHash()).hasSize(64);
            assertThat(a.entry().traceId()).isEqualTo("trace-1");
        });
        assertThat(outbox()).singleElement().satisfies(e -> {
            assertThat(e.event().eventType()).isEqualTo("ConsultantUpserted");
            assertThat(e.payload().path("id").asText()).isEqualTo(created.value().id().toString());
            assertThat(e.payload().path("version").asLong()).isEqualTo(1);
        });
    }

    @Test
    void create_sameIdempotencyKeyAndBody_replaysTheFirstResult_withoutWritingAgain() {
        IdempotencyKey key = new IdempotencyKey("create-1");
        Created<Consultant> first = consultants.create(recruiter, Samples.consultant("Bo Once", null), Optional.of(key));
        Created<Consultant> again = consultants.create(recruiter, Samples.consultant("Bo Once", null), Optional.of(key));

        assertThat(again.replayed()).isTrue();
        assertThat(again.value().id()).isEqualTo(first.value().id());
        assertThat(consultants.list(recruiter, PageRequest.first(10)).items()).hasSize(1);
        assertThat(outbox()).hasSize(1);
        assertThat(audit()).hasSize(1);
    }

    @Test
    void create_sameIdempotencyKeyFromAnotherUserOfTheTenant_isANewRequest_neverAReplayOfTheFirstUsersResponse() {
        IdempotencyKey key = new IdempotencyKey("create-shared");
        Caller colleague = new Caller(tenant, "u-colleague", Set.of(Role.Recruiter), "trace-2");
        Created<Consultant> first = consultants.create(recruiter, Samples.consultant("Cy First", null), Optional.of(key));

        Created<Consultant> theirs = consultants.create(colleague, Samples.consultant("Cy First", null), Optional.of(key));

        assertThat(theirs.replayed()).isFalse();
        assertThat(theirs.value().id()).isNotEqualTo(first.value().id());
    }

    @Test
    void create_sameIdempotencyKeyAfterItsTtl_isANewRequest() {
        TickingClock clock = new TickingClock(Instant.parse("2026-11-22T10:00:00Z"));
        Consultants withTtl = new Consultants(db.transactions(), db.consultants(), new AuditLog(db.transactions(), db.audit(), ids, clock),
                new Outbox(db.outbox(), ids, clock), new Idempotency(db.idempotency(), clock, java.time.Duration.ofHours(24)), ids, clock);
        IdempotencyKey key = new IdempotencyKey("create-ttl");
        Created<Consultant> first = withTtl.create(recruiter, Samples.consultant("Di Later", null), Optional.of(key));
        clock.advance(java.time.Duration.ofHours(25));

        Created<Consultant> later = withTtl.create(recruiter, Samples.consultant("Di Later", null), Optional.of(key));

        assertThat(later.replayed()).isFalse();
        assertThat(later.value().id()).isNotEqualTo(first.value().id());
    }

    @Test
    void create_sameIdempotencyKeyOtherBody_isAConflict() {
        IdempotencyKey key = new IdempotencyKey("create-2");
        consultants.create(recruiter, Samples.consultant("Cy First", null), Optional.of(key));

        assertThatThrownBy(() -> consultants.create(recruiter, Samples.consultant("Cy Different", null), Optional.of(key)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason()).isEqualTo("idempotency-key-reused"));
    }

    @Test
    void create_duplicateEmail_isAConflictForTheCaller_andLeavesNoAuditNoEventNoKey() {
        consultants.create(recruiter, Samples.consultant("Di One", "di@example.com"), Optional.empty());
        IdempotencyKey key = new IdempotencyKey("dup-1");

        assertThatThrownBy(() -> consultants.create(recruiter, Samples.consultant("Di Two", "DI@example.com"), Optional.of(key)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.reason()).isEqualTo("duplicate");
                    assertThat(e.getMessage()).contains("email");
                });
        assertThat(audit()).hasSize(1);
        assertThat(outbox()).hasSize(1);
        // the key went with the rolled-back transaction: a corrected body may use it
        assertThat(consultants.create(recruiter, Samples.consultant("Di Two", "di2@example.com"), Optional.of(key)).replayed()).isFalse();
    }

    @Test
    void create_invalidInput_isRefusedBeforeAnyWrite() {
        assertThatThrownBy(() -> consultants.create(recruiter, Samples.consultant(" ", null), Optional.empty()))
                .isInstanceOf(ValidationException.class);
        assertThat(audit()).isEmpty();
    }

    @Test
    void create_readOnlyCaller_isForbidden() {
        Caller readOnly = new Caller(tenant, "u-ro", Set.of(Role.ReadOnly), "");
        assertThatThrownBy(() -> consultants.create(readOnly, Samples.consultant("Eve No", null), Optional.empty()))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void update_withTheCurrentVersion_bumpsIt_auditsBeforeAndAfter() {
        Consultant c = consultants.create(recruiter, Samples.consultant("Fay Before", null), Optional.empty()).value();

        Consultant updated = consultants.update(recruiter, c.id(), Samples.consultant("Fay After", null), OptionalLong.of(1));

        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.fullName()).isEqualTo("Fay After");
        InMemoryAuditRepository.Stored entry = audit().get(1);
        assertThat(entry.entry().action()).isEqualTo("consultant.updated");
        assertThat(entry.entry().beforeHash()).isEqualTo(audit().get(0).entry().afterHash());
        assertThat(entry.entry().afterHash()).isNotEqualTo(entry.entry().beforeHash());
        assertThat(outbox()).extracting(e -> e.payload().path("version").asLong()).containsExactly(1L, 2L);
    }

    @Test
    void update_staleVersion_isRefused_andChangesNothing() {
        Consultant c = consultants.create(recruiter, Samples.consultant("Gus Stale", null), Optional.empty()).value();
        consultants.update(recruiter, c.id(), Samples.consultant("Gus Newer", null), OptionalLong.of(1));

        assertThatThrownBy(() -> consultants.update(recruiter, c.id(), Samples.consultant("Gus Lost", null), OptionalLong.of(1)))
                .isInstanceOf(VersionMismatchException.class);
        assertThat(consultants.get(recruiter, c.id()).fullName()).isEqualTo("Gus Newer");
        assertThat(audit()).hasSize(2);
    }

    @Test
    void patch_appliesTheChangeToTheCurrentFields() {
        Consultant c = consultants.create(recruiter, Samples.consultant("Hal Patch", "hal@example.com"), Optional.empty()).value();

        Consultant patched = consultants.patch(recruiter, c.id(), in -> new ConsultantInput(in.externalId(), in.fullName(), in.email(),
                in.phone(), "Staff Engineer", in.summary(), in.location(), in.workAuthorization(), in.yearsExperience(), in.skills(),
                in.availability(), in.rate()), OptionalLong.empty());

        assertThat(patched.title()).isEqualTo("Staff Engineer");
        assertThat(patched.email()).isEqualTo("hal@example.com");
        assertThat(patched.skills()).hasSize(2);
    }

    @Test
    void patch_thatBreaksValidation_isRefused_andTheStoredConsultantStays() {
        Consultant c = consultants.create(recruiter, Samples.consultant("Ida Valid", null), Optional.empty()).value();

        assertThatThrownBy(() -> consultants.patch(recruiter, c.id(), in -> new ConsultantInput(in.externalId(), "", in.email(),
                in.phone(), in.title(), in.summary(), in.location(), in.workAuthorization(), in.yearsExperience(), in.skills(),
                in.availability(), in.rate()), OptionalLong.empty())).isInstanceOf(ValidationException.class);
        assertThat(consultants.get(recruiter, c.id()).fullName()).isEqualTo("Ida Valid");
        assertThat(consultants.get(recruiter, c.id()).version()).isEqualTo(1);
    }

    @Test
    void delete_removes_auditsAndAnnouncesConsultantDeleted() {
        Consultant c = consultants.create(recruiter, Samples.consultant("Jo Gone", null), Optional.empty()).value();

        consultants.delete(recruiter, c.id(), OptionalLong.of(1));

        assertThatThrownBy(() -> consultants.get(recruiter, c.id())).isInstanceOf(NotFoundException.class);
        assertThat(audit()).extracting(a -> a.entry().action()).containsExactly("consultant.created", "consultant.deleted");
        assertThat(audit().get(1).entry().afterHash()).isNull();
        assertThat(outbox()).extracting(e -> e.event().eventType()).containsExactly("ConsultantUpserted", "ConsultantDeleted");
    }

    @Test
    void delete_missing_isNotFound() {
        assertThatThrownBy(() -> consultants.delete(recruiter, UUID.randomUUID(), OptionalLong.empty()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anotherTenant_cannotReadOrChangeIt() {
        Consultant c = consultants.create(recruiter, Samples.consultant("Kim Mine", null), Optional.empty()).value();
        Caller stranger = new Caller(new TenantId(UUID.randomUUID()), "u-x", Set.of(Role.Admin), "");

        assertThatThrownBy(() -> consultants.get(stranger, c.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> consultants.delete(stranger, c.id(), OptionalLong.empty())).isInstanceOf(NotFoundException.class);
        assertThat(consultants.list(stranger, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void findIdByEmail_isCaseInsensitive_andBlankFindsNothing() {
        Consultant c = consultants.create(recruiter, Samples.consultant("Lee Mail", "lee@example.com"), Optional.empty()).value();

        assertThat(consultants.findIdByEmail(recruiter, " LEE@example.com ")).contains(c.id());
        assertThat(consultants.findIdByEmail(recruiter, " ")).isEmpty();
    }

    @Test
    void list_pagesNewestFirst_withACursor() {
        for (int i = 0; i < 3; i++) {
            consultants.create(recruiter, Samples.consultant("Page " + i, null), Optional.empty());
        }
        var first = consultants.list(recruiter, PageRequest.first(2));

        assertThat(first.items()).extracting(Consultant::fullName).containsExactly("Page 2", "Page 1");
        assertThat(first.nextCursor()).isPresent();
    }
}

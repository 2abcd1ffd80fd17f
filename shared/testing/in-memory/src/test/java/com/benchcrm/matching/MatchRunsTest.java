package com.benchcrm.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.Ids;
import com.benchcrm.common.InvalidRequestException;
import com.benchcrm.common.Json;
import com.benchcrm.common.NotFoundException;
import com.benchcrm.consultant.Consultant;
import com.benchcrm.consultant.Consultants;
import com.benchcrm.embedding.HashingEmbeddingModel;
import com.benchcrm.events.DomainEvent;
import com.benchcrm.events.ProcessedEvents;
import com.benchcrm.idempotency.Idempotency;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.persistence.Tx;
import com.benchcrm.requirement.Requirement;
import com.benchcrm.requirement.Requirements;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Role;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.testing.contract.Samples;
import com.benchcrm.testing.memory.InMemoryPersistence;
import com.benchcrm.testing.memory.TickingClock;
import com.benchcrm.vector.InMemoryVectorIndex;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Match runs against the in-memory repositories, a hashing embedding model and an in-memory vector
 * index: a run is stored whole with its event and audit entry, a recruiter's rejection needs a
 * reason and removes the consultant from later runs, an automatic run happens once per event, and
 * settings changes are versioned.
 */
class MatchRunsTest {

    final Clock clock = new TickingClock(Instant.parse("2026-11-22T09:00:00Z"));
    final InMemoryPersistence db = InMemoryPersistence.create(clock);
    final Ids ids = new Ids(clock);
    final AuditLog audit = new AuditLog(db.transactions(), db.audit(), ids, clock);
    final Outbox outbox = new Outbox(db.outbox(), ids, clock);
    final Consultants consultants = new Consultants(
            db.transactions(), db.consultants(), audit, outbox, new Idempotency(db.idempotency(), clock), ids, clock);
    final Requirements requirements = new Requirements(
            db.transactions(), db.requirements(), audit, outbox, new Idempotency(db.idempotency(), clock), ids, clock);
    final HashingEmbeddingModel model = new HashingEmbeddingModel(64);
    final InMemoryVectorIndex index = new InMemoryVectorIndex();
    final MatchRuns runs = new MatchRuns(
            db.transactions(),
            db.matchRuns(),
            db.matchSettings(),
            requirements,
            consultants,
            model,
            index,
            audit,
            outbox,
            new ProcessedEvents(db.processedEvents(), clock),
            ids,
            clock);
    final TenantId tenant = new TenantId(UUID.randomUUID());
    final Caller recruiter = new Caller(tenant, "u-recruiter", Set.of(Role.Recruiter), "trace-m");
    final Caller admin = new Caller(tenant, "u-admin", Set.of(Role.Admin), "trace-a");

    Requirement requirement;
    List<Consultant> bench;

    @BeforeEach
    void bench() {
        requirement = requirements
                .create(recruiter, Samples.requirement("Senior Java Developer", "Acme"), Optional.empty())
                .value();
        bench = List.of(
                consultants
                        .create(recruiter, Samples.consultant("Ana Java", "ana@example.com"), Optional.empty())
                        .value(),
                consultants
                        .create(recruiter, Samples.consultant("Ben Java", "ben@example.com"), Optional.empty())
                        .value(),
                consultants
                        .create(recruiter, Samples.consultant("Cy Java", "cy@example.com"), Optional.empty())
                        .value());
        ProfileIndexer indexer = new ProfileIndexer(model, index);
        indexer.indexConsultants(tenant, bench);
        indexer.indexRequirements(tenant, List.of(requirement));
    }

    long events(String type) {
        return db.transactions().inTenant(tenant, (Tx tx) -> db.outbox().all(tx)).stream()
                .filter(e -> e.event().eventType().equals(type))
                .count();
    }

    @Test
    void run_storesTheRankedRun_announcesRecommendationsReady_andAuditsIt() {
        MatchRun run = runs.run(recruiter, requirement.id(), 5);

        assertThat(run.recommendations()).hasSize(3);
        assertThat(run.recommendations())
                .extracting(MatchRun.Recommendation::rank)
                .containsExactly(1, 2, 3);
        assertThat(run.trigger()).isEqualTo(MatchTrigger.API);
        assertThat(run.requestedBy()).isEqualTo("u-recruiter");
        assertThat(runs.latest(recruiter, requirement.id())).map(MatchRun::id).contains(run.id());
        assertThat(events("RecommendationsReady")).isEqualTo(1);
        assertThat(db.transactions().inTenant(tenant, (Tx tx) -> db.audit().all(tx)))
                .anySatisfy(a -> assertThat(a.entry().action()).isEqualTo("match_run.created"));
    }

    @Test
    void run_topKOutOfRange_isABadRequest_andStoresNothing() {
        assertThatThrownBy(() -> runs.run(recruiter, requirement.id(), 0)).isInstanceOf(InvalidRequestException.class);
        assertThat(runs.latest(recruiter, requirement.id())).isEmpty();
    }

    @Test
    void latest_ofAnUnknownRequirement_isNotFound_ofOneWithoutRuns_isEmpty() {
        assertThatThrownBy(() -> runs.latest(recruiter, UUID.randomUUID())).isInstanceOf(NotFoundException.class);
        assertThat(runs.latest(recruiter, requirement.id())).isEmpty();
    }

    @Test
    void aRejection_needsAReason_andDropsTheConsultantFromLaterRuns() {
        MatchRun first = runs.run(recruiter, requirement.id(), 5);
        MatchRun.Recommendation rejected = first.recommendations().get(0);

        assertThatThrownBy(() -> runs.feedback(recruiter, rejected.id(), RecommendationFeedback.Decision.REJECT, " "))
                .isInstanceOf(InvalidRequestException.class);
        RecommendationFeedback fb = runs.feedback(
                recruiter, rejected.id(), RecommendationFeedback.Decision.REJECT, "Only wants remote roles");
        MatchRun second = runs.run(recruiter, requirement.id(), 5);

        assertThat(fb.consultantId()).isEqualTo(rejected.consultantId());
        assertThat(second.rejectedByRecruiter()).isEqualTo(1);
        assertThat(second.recommendations())
                .extracting(MatchRun.Recommendation::consultantId)
                .doesNotContain(rejected.consultantId())
                .hasSize(2);
        assertThat(runs.latest(recruiter, requirement.id()).orElseThrow().id()).isEqualTo(second.id());
        MatchRun firstAgain = db.transactions()
                .inTenant(tenant, (Tx tx) -> db.matchRuns().find(tx, first.id()))
                .orElseThrow();
        assertThat(firstAgain.recommendations().get(0).feedback().reason()).isEqualTo("Only wants remote roles");
    }

    @Test
    void feedback_onAnUnknownRecommendation_isNotFound() {
        assertThatThrownBy(
                        () -> runs.feedback(recruiter, UUID.randomUUID(), RecommendationFeedback.Decision.ACCEPT, null))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theAutomaticRun_happensOncePerEvent_andNotForAClosedRequirement() {
        DomainEvent imported = new DomainEvent(
                UUID.randomUUID(),
                "RequirementImported",
                1,
                tenant,
                Instant.now(),
                "t",
                Json.strict()
                        .createObjectNode()
                        .put("id", requirement.id().toString())
                        .put("version", 1));

        Optional<MatchRun> first = runs.runFor(imported, 10);
        Optional<MatchRun> again = runs.runFor(imported, 10);

        assertThat(first).map(MatchRun::trigger).contains(MatchTrigger.REQUIREMENT_IMPORTED);
        assertThat(first.orElseThrow().requestedBy()).isNull();
        assertThat(again).isEmpty();
        assertThat(events("RecommendationsReady")).isEqualTo(1);

        requirements.patch(
                recruiter,
                requirement.id(),
                in -> Samples.withStatus(in, com.benchcrm.requirement.RequirementStatus.CLOSED),
                java.util.OptionalLong.empty());
        DomainEvent updated = new DomainEvent(
                UUID.randomUUID(),
                "RequirementUpdated",
                1,
                tenant,
                Instant.now(),
                "t",
                Json.strict()
                        .createObjectNode()
                        .put("id", requirement.id().toString())
                        .put("version", 2));
        assertThat(runs.runFor(updated, 10)).isEmpty();
    }

    @Test
    void updateSettings_versionsEachChange_andAuditsTheBeforeAndAfter() {
        MatchSettingsInput input = MatchSettingsInput.of(MatchSettings.DEFAULT);

        MatchSettings first = runs.updateSettings(admin, input);
        MatchSettings second = runs.updateSettings(admin, input);

        assertThat(first.version()).isEqualTo("tenant-1");
        assertThat(second.version()).isEqualTo("tenant-2");
        assertThat(runs.settings(recruiter).version()).isEqualTo("tenant-2");
        assertThat(db.transactions().inTenant(tenant, (Tx tx) -> db.audit().all(tx)))
                .filteredOn(a -> a.entry().action().equals("match_settings.updated"))
                .hasSize(2);
        assertThat(runs.run(recruiter, requirement.id(), 3).settingsVersion()).isEqualTo("tenant-2");
    }
}

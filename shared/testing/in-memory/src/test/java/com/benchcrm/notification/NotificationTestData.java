package com.benchcrm.notification;

import com.benchcrm.common.Json;
import com.benchcrm.events.DomainEvent;
import com.benchcrm.matching.MatchRunRepository;
import com.benchcrm.matching.MatchTrigger;
import com.benchcrm.persistence.Tx;
import com.benchcrm.security.Role;
import com.benchcrm.submission.Submission;
import com.benchcrm.submission.SubmissionStatus;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.testing.contract.PipelineSamples;
import com.benchcrm.testing.contract.Samples;
import com.benchcrm.testing.memory.InMemoryPersistence;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Users, owned consultants, match runs, submissions and events in the in-memory store, for the notification tests. */
final class NotificationTestData {

    final InMemoryPersistence db;
    final TenantId tenant;
    final Instant now;

    NotificationTestData(InMemoryPersistence db, TenantId tenant, Instant now) {
        this.db = db;
        this.tenant = tenant;
        this.now = now;
    }

    UUID user(String email) {
        return db.transactions()
                .inTenant(tenant, (Tx tx) -> db.users().ensure(tx, Samples.id(), email, Set.of(Role.Recruiter)));
    }

    void prefs(UUID user, double threshold, Set<NotificationKind> kinds, boolean digest) {
        db.transactions()
                .inTenant(
                        tenant,
                        (Tx tx) -> db.notifications()
                                .savePreferences(
                                        tx,
                                        user,
                                        new NotificationPreferences(
                                                threshold,
                                                kinds.isEmpty() ? Set.of() : EnumSet.copyOf(kinds),
                                                digest,
                                                0,
                                                null),
                                        null,
                                        now));
    }

    UUID consultant(String name, UUID owner) {
        UUID id = Samples.id();
        db.transactions().inTenant(tenant, (Tx tx) -> {
            db.consultants().insert(tx, id, Samples.consultant(name, null), now);
            return null;
        });
        if (owner != null) {
            db.transactions().inTenant(tenant, (Tx tx) -> db.notifications().setOwner(tx, id, owner));
        }
        return id;
    }

    UUID requirement(String title) {
        UUID id = Samples.id();
        db.transactions().inTenant(tenant, (Tx tx) -> {
            db.requirements().insert(tx, id, Samples.requirement(title, "Acme"), now);
            return null;
        });
        return id;
    }

    /** A stored match run of the requirement recommending the consultants with these scores, best first. */
    UUID run(UUID requirement, Map<UUID, Double> scores) {
        UUID run = Samples.id();
        List<Map.Entry<UUID, Double>> sorted = scores.entrySet().stream()
                .sorted(Map.Entry.<UUID, Double>comparingByValue().reversed())
                .toList();
        List<MatchRunRepository.NewRecommendation> recs = new java.util.ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            recs.add(new MatchRunRepository.NewRecommendation(
                    Samples.id(),
                    i + 1,
                    sorted.get(i).getKey(),
                    sorted.get(i).getValue(),
                    0.5,
                    false,
                    List.of(),
                    List.of(),
                    List.of(),
                    "test"));
        }
        db.transactions().inTenant(tenant, (Tx tx) -> {
            db.matchRuns()
                    .insert(
                            tx,
                            new MatchRunRepository.NewRun(
                                    run,
                                    requirement,
                                    1,
                                    MatchTrigger.REQUIREMENT_IMPORTED,
                                    null,
                                    50,
                                    recs.size(),
                                    recs.size(),
                                    0,
                                    Map.of(),
                                    "test",
                                    "default",
                                    "none",
                                    Map.of(),
                                    "",
                                    now,
                                    recs));
            return null;
        });
        return run;
    }

    Submission submission(UUID consultant, UUID requirement, String createdBy) {
        Submission s = PipelineSamples.submission(
                consultant,
                requirement,
                null,
                SubmissionStatus.SUBMITTED,
                createdBy,
                PipelineSamples.stages(now, null, null, null, null, null),
                now);
        db.transactions().inTenant(tenant, (Tx tx) -> {
            db.submissions().insert(tx, s);
            return null;
        });
        return s;
    }

    DomainEvent event(String type, int version, ObjectNode data) {
        return new DomainEvent(UUID.randomUUID(), type, version, tenant, now, "", data);
    }

    static ObjectNode data() {
        return Json.strict().createObjectNode();
    }

    List<Notification> of(UUID user) {
        return db.transactions().inTenant(tenant, (Tx tx) -> db.notifications().page(tx, user, null, 100));
    }
}

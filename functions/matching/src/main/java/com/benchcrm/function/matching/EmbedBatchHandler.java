package com.benchcrm.function.matching;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.benchcrm.consultant.Consultant;
import com.benchcrm.consultant.Consultants;
import com.benchcrm.events.DomainEvent;
import com.benchcrm.events.EventCatalog;
import com.benchcrm.matching.ProfileIndexer;
import com.benchcrm.matching.ProfileText;
import com.benchcrm.queue.sqs.SqsBatch;
import com.benchcrm.requirement.Requirement;
import com.benchcrm.requirement.Requirements;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.vector.EntityKind;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One SQS batch of the embed queue: keeps the vector index in step with the records the events
 * name. Events carry ids, not data, so each named record is read as it is now: one that exists is
 * embedded from its current state (one embedding call per kind and tenant for the whole batch,
 * upserted with its version, so an older vector never overwrites a newer one), one that is gone
 * (deleted, or deleted after the event) is removed from the index. Several events of one record in
 * a batch are one piece of work.
 *
 * <p>A record whose profile text is empty (a consultant with only a name) has nothing to embed: its
 * vector is removed and the message succeeds. When a batch embedding fails, each record is tried on
 * its own, so only the messages of the records that fail come back (failure policy: {@link SqsBatch}).
 */
public final class EmbedBatchHandler {

    private static final Logger LOG = LoggerFactory.getLogger(EmbedBatchHandler.class);

    /** The event types embed handles, and the kind of record each is about. */
    static final Map<String, EntityKind> KINDS = Map.of(
            EventCatalog.CONSULTANT_UPSERTED, EntityKind.CONSULTANT,
            EventCatalog.CONSULTANT_DELETED, EntityKind.CONSULTANT,
            EventCatalog.REQUIREMENT_IMPORTED, EntityKind.REQUIREMENT,
            EventCatalog.REQUIREMENT_UPDATED, EntityKind.REQUIREMENT,
            EventCatalog.REQUIREMENT_DELETED, EntityKind.REQUIREMENT);
    static final Set<String> DELETES = Set.of(EventCatalog.CONSULTANT_DELETED, EventCatalog.REQUIREMENT_DELETED);

    /** The index entry an event is about. */
    private record Target(TenantId tenant, EntityKind kind, UUID id) {
    }

    private final ProfileIndexer indexer;
    private final Consultants consultants;
    private final Requirements requirements;
    private final SqsBatch batch;

    public EmbedBatchHandler(ProfileIndexer indexer, Consultants consultants, Requirements requirements, SqsBatch batch) {
        this.indexer = indexer;
        this.consultants = consultants;
        this.requirements = requirements;
        this.batch = batch;
    }

    public SQSBatchResponse handle(JsonNode sqsEvent) {
        List<SqsBatch.Record> records = SqsBatch.records(sqsEvent);
        Map<SqsBatch.Record, RuntimeException> failures = new LinkedHashMap<>();
        Map<Target, List<SqsBatch.Record>> work = new LinkedHashMap<>();
        Set<Target> deleted = new LinkedHashSet<>();
        for (SqsBatch.Record r : records) {
            try {
                DomainEvent event = BusEvents.parse(r.body(), KINDS.keySet());
                Target target = new Target(event.tenant(), KINDS.get(event.type()), BusEvents.entityId(event));
                work.computeIfAbsent(target, t -> new ArrayList<>()).add(r);
                if (DELETES.contains(event.type())) {
                    deleted.add(target);
                }
            } catch (RuntimeException e) {
                failures.put(r, e);
            }
        }
        Map<TenantId, List<Target>> byTenant = new LinkedHashMap<>();
        work.keySet().forEach(t -> byTenant.computeIfAbsent(t.tenant(), k -> new ArrayList<>()).add(t));
        Map<Target, RuntimeException> failed = new HashMap<>();
        byTenant.forEach((tenant, targets) -> failed.putAll(index(tenant, targets, deleted)));
        failed.forEach((target, e) -> work.get(target).forEach(r -> failures.put(r, e)));
        List<SQSBatchResponse.BatchItemFailure> reported = batch.settle(records, failures).stream()
                .map(id -> SQSBatchResponse.BatchItemFailure.builder().withItemIdentifier(id).build()).toList();
        return SQSBatchResponse.builder().withBatchItemFailures(reported).build();
    }

    /** One tenant's share of the batch; returns the targets that failed, with why. */
    private Map<Target, RuntimeException> index(TenantId tenant, List<Target> targets, Set<Target> deleted) {
        Map<Target, RuntimeException> failed = new LinkedHashMap<>();
        List<Target> gone = new ArrayList<>();
        Map<EntityKind, List<Target>> upserts = new LinkedHashMap<>();
        for (Target t : targets) {
            if (deleted.contains(t)) {
                gone.add(t);
            } else {
                upserts.computeIfAbsent(t.kind(), k -> new ArrayList<>()).add(t);
            }
        }
        List<Target> consultantTargets = upserts.getOrDefault(EntityKind.CONSULTANT, List.of());
        if (!consultantTargets.isEmpty()) {
            try {
                Map<UUID, Consultant> current = consultants.findAll(tenant, ids(consultantTargets));
                embed(consultantTargets, current, ProfileText::of, (list) -> indexer.indexConsultants(tenant, list), gone, failed);
            } catch (RuntimeException e) {
                consultantTargets.forEach(t -> failed.put(t, e));
            }
        }
        List<Target> requirementTargets = upserts.getOrDefault(EntityKind.REQUIREMENT, List.of());
        if (!requirementTargets.isEmpty()) {
            try {
                Map<UUID, Requirement> current = requirements.findAll(tenant, ids(requirementTargets));
                embed(requirementTargets, current, ProfileText::of, (list) -> indexer.indexRequirements(tenant, list), gone, failed);
            } catch (RuntimeException e) {
                requirementTargets.forEach(t -> failed.put(t, e));
            }
        }
        for (Target t : gone) {
            try {
                indexer.remove(tenant, t.kind(), t.id());
            } catch (RuntimeException e) {
                failed.put(t, e);
            }
        }
        return failed;
    }

    /**
     * Embeds the records that exist and have a profile text in one call; the others join
     * {@code gone}. If the call fails, each record is tried alone.
     */
    private <T> void embed(List<Target> targets, Map<UUID, T> current, Function<T, String> text,
                           java.util.function.Consumer<List<T>> index, List<Target> gone, Map<Target, RuntimeException> failed) {
        Map<Target, T> present = new LinkedHashMap<>();
        for (Target t : targets) {
            T record = current.get(t.id());
            if (record == null) {
                gone.add(t);
            } else if (text.apply(record).isBlank()) {
                LOG.info("{} {} has no profile text (no title, skills or description); it is not in the index", t.kind(), t.id());
                gone.add(t);
            } else {
                present.put(t, record);
            }
        }
        if (present.isEmpty()) {
            return;
        }
        try {
            index.accept(List.copyOf(present.values()));
            return;
        } catch (RuntimeException e) {
            if (present.size() == 1) {
                failed.put(present.keySet().iterator().next(), e);
                return;
            }
            LOG.info("embedding {} records at once failed ({}); trying each alone", present.size(), e.toString());
        }
        present.forEach((t, record) -> {
            try {
                index.accept(List.of(record));
            } catch (RuntimeException e) {
                failed.put(t, e);
            }
        });
    }

    private static List<UUID> ids(List<Target> targets) {
        return targets.stream().map(Target::id).toList();
    }
}

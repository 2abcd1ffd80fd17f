package com.benchcrm.matching;

import com.benchcrm.consultant.Consultant;
import com.benchcrm.events.DomainEvent;
import com.benchcrm.events.EventCatalog;
import com.benchcrm.events.MalformedEventException;
import com.benchcrm.requirement.Requirement;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.vector.EntityKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Use case: keep the vector index in step with the consultants and requirements that events name.
 * Events carry ids, not data, so each named record is read as it is now: one that exists is embedded
 * from its current state (one embedding call per kind and tenant for the whole batch, upserted with
 * its version, so an older vector never overwrites a newer one); one that is gone (deleted, or
 * deleted after the event) is removed from the index. Several changes of one record are one piece
 * of work, a removal if any of them was a delete.
 *
 * <p>A record whose profile text is empty (a consultant with only a name) has nothing to embed: its
 * vector is removed and the change succeeds. When a batch embedding fails, each record is tried on
 * its own, so only the records that fail are reported.
 *
 * <pre>{@code
 * ProfileEmbedding embedding = new ProfileEmbedding(new ProfileIndexer(model, index),
 *         (t, ids) -> consultants.findAll(t, ids, null), (t, ids) -> requirements.findAll(t, ids, null));
 * Map<Profile, RuntimeException> failed = embedding.apply(List.of(ProfileEmbedding.changeOf(event)));
 * }</pre>
 */
public final class ProfileEmbedding {

    private static final Logger LOG = LoggerFactory.getLogger(ProfileEmbedding.class);

    /** The event types that change an index entry, and the kind of record each is about. */
    private static final Map<String, EntityKind> KINDS = Map.of(
            EventCatalog.CONSULTANT_UPSERTED, EntityKind.CONSULTANT,
            EventCatalog.CONSULTANT_DELETED, EntityKind.CONSULTANT,
            EventCatalog.REQUIREMENT_IMPORTED, EntityKind.REQUIREMENT,
            EventCatalog.REQUIREMENT_UPDATED, EntityKind.REQUIREMENT,
            EventCatalog.REQUIREMENT_DELETED, EntityKind.REQUIREMENT);

    private static final Set<String> DELETES =
            Set.of(EventCatalog.CONSULTANT_DELETED, EventCatalog.REQUIREMENT_DELETED);

    /** The event types this use case handles (what the embed queue's rule routes). */
    public static final Set<String> EVENT_TYPES = KINDS.keySet();

    /** An index entry: one record of one tenant. */
    public record Profile(TenantId tenant, EntityKind kind, UUID id) {}

    /** What an event says about an index entry: it changed, or it was deleted. */
    public record Change(Profile profile, boolean deleted) {}

    private final ProfileIndexer indexer;
    private final ConsultantLookup consultants;
    private final RequirementLookup requirements;

    public ProfileEmbedding(ProfileIndexer indexer, ConsultantLookup consultants, RequirementLookup requirements) {
        this.indexer = Objects.requireNonNull(indexer, "indexer");
        this.consultants = Objects.requireNonNull(consultants, "consultants");
        this.requirements = Objects.requireNonNull(requirements, "requirements");
    }

    /**
     * The change an event announces.
     *
     * @throws MalformedEventException for an event type this use case does not handle, or without a valid {@code data.id}
     */
    public static Change changeOf(DomainEvent event) {
        EntityKind kind = KINDS.get(event.type());
        if (kind == null) {
            throw new MalformedEventException("embedding handles "
                    + String.join(", ", EVENT_TYPES.stream().sorted().toList()) + ", not " + event.type());
        }
        UUID id;
        try {
            id = UUID.fromString(event.data().path("id").asText());
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException(event.type() + " without a valid data.id");
        }
        return new Change(new Profile(event.tenant(), kind, id), DELETES.contains(event.type()));
    }

    /**
     * Brings the index in step with {@code changes}.
     *
     * @return the profiles whose indexing failed, with why (the rest are done)
     */
    public Map<Profile, RuntimeException> apply(Collection<Change> changes) {
        Set<Profile> deleted = new LinkedHashSet<>();
        Map<TenantId, Set<Profile>> byTenant = new LinkedHashMap<>();
        for (Change c : changes) {
            byTenant.computeIfAbsent(c.profile().tenant(), t -> new LinkedHashSet<>())
                    .add(c.profile());
            if (c.deleted()) {
                deleted.add(c.profile());
            }
        }
        Map<Profile, RuntimeException> failed = new LinkedHashMap<>();
        byTenant.forEach((tenant, profiles) -> index(tenant, profiles, deleted, failed));
        return failed;
    }

    /** One tenant's share of the changes. */
    private void index(
            TenantId tenant, Set<Profile> profiles, Set<Profile> deleted, Map<Profile, RuntimeException> failed) {
        List<Profile> gone = new ArrayList<>();
        List<Profile> consultantUpserts = new ArrayList<>();
        List<Profile> requirementUpserts = new ArrayList<>();
        for (Profile p : profiles) {
            if (deleted.contains(p)) {
                gone.add(p);
            } else if (p.kind() == EntityKind.CONSULTANT) {
                consultantUpserts.add(p);
            } else {
                requirementUpserts.add(p);
            }
        }
        ProfileEmbedding.<Consultant>upsert(
                consultantUpserts,
                ids -> consultants.findAll(tenant, ids),
                ProfileText::of,
                list -> indexer.indexConsultants(tenant, list),
                gone,
                failed);
        ProfileEmbedding.<Requirement>upsert(
                requirementUpserts,
                ids -> requirements.findAll(tenant, ids),
                ProfileText::of,
                list -> indexer.indexRequirements(tenant, list),
                gone,
                failed);
        for (Profile p : gone) {
            try {
                indexer.remove(tenant, p.kind(), p.id());
            } catch (RuntimeException e) {
                failed.put(p, e);
            }
        }
    }

    /** Reads one kind's records as they are now and embeds them; when they cannot be read, all of them fail. */
    private static <T> void upsert(
            List<Profile> profiles,
            Function<List<UUID>, Map<UUID, T>> read,
            Function<T, String> text,
            Consumer<List<T>> index,
            List<Profile> gone,
            Map<Profile, RuntimeException> failed) {
        if (profiles.isEmpty()) {
            return;
        }
        Map<UUID, T> current;
        try {
            current = read.apply(ids(profiles));
        } catch (RuntimeException e) {
            profiles.forEach(p -> failed.put(p, e));
            return;
        }
        embed(profiles, current, text, index, gone, failed);
    }

    /**
     * Embeds the records that exist and have a profile text in one call; the others join
     * {@code gone}. If the call fails, each record is tried alone.
     */
    private static <T> void embed(
            List<Profile> profiles,
            Map<UUID, T> current,
            Function<T, String> text,
            Consumer<List<T>> index,
            List<Profile> gone,
            Map<Profile, RuntimeException> failed) {
        Map<Profile, T> present = new LinkedHashMap<>();
        for (Profile p : profiles) {
            T record = current.get(p.id());
            if (record == null) {
                gone.add(p);
            } else if (text.apply(record).isBlank()) {
                LOG.info(
                        "{} {} has no profile text (no title, skills or description); it is not in the index",
                        p.kind(),
                        p.id());
                gone.add(p);
            } else {
                present.put(p, record);
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
        present.forEach((p, record) -> {
            try {
                index.accept(List.of(record));
            } catch (RuntimeException e) {
                failed.put(p, e);
            }
        });
    }

    private static List<UUID> ids(List<Profile> profiles) {
        return profiles.stream().map(Profile::id).toList();
    }
}

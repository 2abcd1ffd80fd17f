package com.benchcrm.testing.memory;

import com.benchcrm.common.EmploymentType;
import com.benchcrm.common.Rate;
import com.benchcrm.common.SkillNames;
import com.benchcrm.persistence.DuplicateKeyException;
import com.benchcrm.persistence.Tx;
import com.benchcrm.requirement.Requirement;
import com.benchcrm.requirement.RequirementFingerprint;
import com.benchcrm.requirement.RequirementInput;
import com.benchcrm.requirement.RequirementRepository;
import com.benchcrm.requirement.RequirementSkill;
import com.benchcrm.requirement.RequirementSource;
import com.benchcrm.requirement.RequirementStatus;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * {@link RequirementRepository} in memory, stored as PostgreSQL stores it (title and skill names
 * trimmed, {@code required} true unless false, the same unique keys), with the fingerprints and
 * sources that dedupe keeps. The lock of {@link #lockFingerprint} is the store's transaction lock.
 */
public final class InMemoryRequirementRepository implements RequirementRepository {

    /** A requirement row: the entity and its dedupe key (null until claimed). */
    record Row(Requirement requirement, String dedupeKey) {}

    /** A source row: its id orders sources received at the same time. */
    record SourceRow(UUID id, UUID requirementId, RequirementSource source) {}

    private final Table<UUID, Row> rows;
    private final Table<UUID, RequirementFingerprint> fingerprints;
    private final Table<UUID, SourceRow> sources;
    private final List<BiConsumer<Tx, UUID>> onDelete = new ArrayList<>();

    InMemoryRequirementRepository(InMemoryTransactions store) {
        this.rows = store.table(Uuids.ORDER);
        this.fingerprints = store.table(Uuids.ORDER);
        this.sources = store.table(Uuids.ORDER);
    }

    void onDelete(BiConsumer<Tx, UUID> cascade) {
        onDelete.add(cascade);
    }

    @Override
    public void insert(Tx tx, UUID id, RequirementInput in, Instant now) {
        Map<UUID, Row> all = rows.rows(tx);
        if (all.containsKey(id)) {
            throw new DuplicateKeyException("requirement_pkey");
        }
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        Requirement r = stored(id, in, 1, at, at, List.of());
        checkUnique(all.values(), r);
        all.put(id, new Row(r, null));
    }

    @Override
    public Optional<Requirement> find(Tx tx, UUID id) {
        return Optional.ofNullable(rows.rows(tx).get(id)).map(r -> read(tx, r));
    }

    /** The requirement as read: with how many vendors sent it (a count, as PostgreSQL reads it). */
    private Requirement read(Tx tx, Row row) {
        Requirement r = row.requirement();
        int vendors = countSources(tx, r.id());
        return r.withVendorCount(vendors);
    }

    /** Replaces a stored requirement's row value (tags, chain links emptied by a deleted company). */
    void replace(Tx tx, UUID id, java.util.function.UnaryOperator<Requirement> change) {
        Map<UUID, Row> all = rows.rows(tx);
        Row row = all.get(id);
        if (row != null) {
            all.put(id, new Row(change.apply(row.requirement()), row.dedupeKey()));
        }
    }

    /** Every stored requirement of the transaction's tenant, as stored. */
    Collection<Requirement> all(Tx tx) {
        return rows.rows(tx).values().stream().map(Row::requirement).toList();
    }

    @Override
    public Optional<Requirement> findForUpdate(Tx tx, UUID id) {
        return find(tx, id);
    }

    @Override
    public List<Requirement> findMany(Tx tx, Collection<UUID> ids) {
        Map<UUID, Row> all = rows.rows(tx);
        return new HashSet<>(ids)
                .stream()
                        .map(all::get)
                        .filter(Objects::nonNull)
                        .map(r -> read(tx, r))
                        .toList();
    }

    @Override
    public List<Requirement> findMany(Tx tx, Collection<UUID> ids, Set<RequirementStatus> statuses) {
        return findMany(tx, ids).stream()
                .filter(r -> statuses == null || statuses.contains(r.status()))
                .toList();
    }

    @Override
    public List<Requirement> list(Tx tx, Optional<UUID> before, int limit) {
        var all = rows.rows(tx);
        var view = before.isPresent() ? all.headMap(before.get(), false) : all;
        return view.descendingMap().values().stream()
                .map(r -> read(tx, r))
                .limit(limit)
                .toList();
    }

    @Override
    public void update(Tx tx, Requirement current, RequirementInput in, Instant now) {
        Map<UUID, Row> all = rows.rows(tx);
        Row stored = all.get(current.id());
        if (stored == null) {
            return;
        }
        Requirement r = stored(
                current.id(),
                in,
                stored.requirement().version() + 1,
                stored.requirement().createdAt(),
                now.truncatedTo(ChronoUnit.MICROS),
                stored.requirement().tags());
        checkUnique(
                all.values().stream()
                        .filter(o -> !o.requirement().id().equals(current.id()))
                        .toList(),
                r);
        all.put(current.id(), new Row(r, stored.dedupeKey()));
    }

    @Override
    public void setTags(Tx tx, UUID id, List<String> tags, Instant now) {
        replace(tx, id, r -> r.withTags(tags, r.version() + 1, now.truncatedTo(ChronoUnit.MICROS)));
    }

    @Override
    public List<Requirement> list(Tx tx, Optional<String> tag, Optional<UUID> before, int limit) {
        var all = rows.rows(tx);
        var view = before.isPresent() ? all.headMap(before.get(), false) : all;
        return view.descendingMap().values().stream()
                .filter(r -> tag.isEmpty() || r.requirement().tags().contains(tag.get()))
                .map(r -> read(tx, r))
                .limit(limit)
                .toList();
    }

    @Override
    public void delete(Tx tx, UUID id) {
        if (rows.rows(tx).remove(id) != null) {
            fingerprints.rows(tx).remove(id);
            sources.rows(tx).values().removeIf(s -> s.requirementId().equals(id));
            onDelete.forEach(cascade -> cascade.accept(tx, id));
        }
    }

    @Override
    public void lockFingerprint(Tx tx, RequirementFingerprint fingerprint) {
        rows.rows(tx); // the store's transaction lock is held: imports are serialized already
    }

    @Override
    public List<FingerprintMatch> openWithSameTitleAndClient(Tx tx, RequirementFingerprint fingerprint) {
        Map<UUID, Row> all = rows.rows(tx);
        List<FingerprintMatch> out = new ArrayList<>();
        fingerprints.rows(tx).forEach((id, f) -> {
            Row r = all.get(id);
            if (r != null
                    && f.titleKey().equals(fingerprint.titleKey())
                    && f.clientKey().equals(fingerprint.clientKey())
                    && (r.requirement().status() == RequirementStatus.OPEN
                            || r.requirement().status() == RequirementStatus.ON_HOLD)) {
                out.add(new FingerprintMatch(id, f.locationKeys()));
            }
        });
        return out;
    }

    @Override
    public void insertFingerprint(Tx tx, UUID requirementId, RequirementFingerprint fingerprint) {
        if (fingerprints.rows(tx).putIfAbsent(requirementId, fingerprint) != null) {
            throw new DuplicateKeyException("requirement_fingerprint_pkey");
        }
    }

    @Override
    public void updateFingerprintLocations(Tx tx, UUID requirementId, List<String> locationKeys) {
        fingerprints
                .rows(tx)
                .computeIfPresent(
                        requirementId,
                        (id, f) ->
                                new RequirementFingerprint(f.titleKey(), f.clientKey(), locationKeys, f.skillKeys()));
    }

    @Override
    public void claimDedupeKey(Tx tx, UUID requirementId, String dedupeKey) {
        Map<UUID, Row> all = rows.rows(tx);
        boolean taken = all.values().stream().anyMatch(r -> dedupeKey.equals(r.dedupeKey()));
        Row row = all.get(requirementId);
        if (!taken && row != null) {
            all.put(requirementId, new Row(row.requirement(), dedupeKey));
        }
    }

    /** The dedupe key stored on a requirement (tests read it). */
    public Optional<String> dedupeKey(Tx tx, UUID requirementId) {
        return Optional.ofNullable(rows.rows(tx).get(requirementId)).map(Row::dedupeKey);
    }

    @Override
    public boolean addSource(Tx tx, UUID sourceId, UUID requirementId, RequirementSource source) {
        Map<UUID, SourceRow> all = sources.rows(tx);
        boolean known = all.values().stream()
                .anyMatch(s -> s.requirementId().equals(requirementId)
                        && s.source().vendorKey().equals(source.vendorKey()));
        if (known) {
            return false;
        }
        all.put(
                sourceId,
                new SourceRow(
                        sourceId,
                        requirementId,
                        new RequirementSource(
                                source.vendorKey(),
                                source.vendorEmail(),
                                source.vendorName(),
                                source.vendorCompany(),
                                source.vendorPhone(),
                                source.inboundMessageId(),
                                source.messageId(),
                                source.subject(),
                                source.locations(),
                                source.receivedAt().truncatedTo(ChronoUnit.MICROS),
                                source.vendorCompanyId(),
                                source.vendorContactId(),
                                InMemoryConsultantRepository.rate(source.rateOffered()),
                                source.implementationPartner(),
                                source.primeVendor(),
                                source.endClient(),
                                source.chainDepth())));
        return true;
    }

    @Override
    public List<RequirementSource> sources(Tx tx, UUID requirementId) {
        return sources.rows(tx).values().stream()
                .filter(s -> s.requirementId().equals(requirementId))
                .sorted(Comparator.comparing((SourceRow s) -> s.source().receivedAt())
                        .thenComparing(SourceRow::id, Uuids.ORDER))
                .map(SourceRow::source)
                .toList();
    }

    @Override
    public int countSources(Tx tx, UUID requirementId) {
        return (int) sources.rows(tx).values().stream()
                .filter(s -> s.requirementId().equals(requirementId))
                .count();
    }

    private static void checkUnique(Collection<Row> others, Requirement r) {
        for (Row o : others) {
            if (r.externalRef() != null
                    && r.externalRef().equals(o.requirement().externalRef())) {
                throw new DuplicateKeyException(EXTERNAL_REF_KEY);
            }
        }
        Set<String> keys = new HashSet<>();
        for (RequirementSkill s : r.skills()) {
            if (!keys.add(SkillNames.key(s.name()))) {
                throw new DuplicateKeyException("requirement_skill_pkey");
            }
        }
    }

    /** Empties the source links to a deleted company or contact (the schema's {@code on delete set null}). */
    void unlinkSources(Tx tx, java.util.function.UnaryOperator<RequirementSource> change) {
        sources.rows(tx)
                .replaceAll((id, row) -> new SourceRow(row.id(), row.requirementId(), change.apply(row.source())));
    }

    private static Requirement stored(
            UUID id, RequirementInput in, long version, Instant created, Instant updated, List<String> tags) {
        List<RequirementSkill> skills = in.skills().stream()
                .map(k -> new RequirementSkill(
                        k.name().trim(),
                        !Boolean.FALSE.equals(k.required()),
                        k.minYears(),
                        k.version() == null || k.version().isBlank()
                                ? null
                                : k.version().trim()))
                .toList();
        // as the table stores it: one employment type column, read back into the budget too
        EmploymentType employment = in.effectiveEmploymentType();
        Rate budget = InMemoryConsultantRepository.rate(in.budget());
        if (budget != null) {
            budget = new Rate(budget.amount(), budget.currency(), budget.unit(), employment);
        }
        return new Requirement(
                id,
                in.externalRef(),
                in.title().trim(),
                in.description(),
                in.status(),
                InMemoryConsultantRepository.location(in.location()),
                in.workMode(),
                skills,
                in.minYears(),
                in.seniority(),
                budget,
                in.durationMonths(),
                in.startDate(),
                in.clientName(),
                in.workAuthorizations(),
                version,
                created,
                updated,
                in.chain(),
                null,
                tags,
                in.excludedWorkAuthorizations(),
                employment,
                Boolean.TRUE.equals(in.longTerm()),
                in.interviewModes(),
                in.parties());
    }
}

package com.benchcrm.testing.memory;

import com.benchcrm.common.Location;
import com.benchcrm.common.Rate;
import com.benchcrm.common.SkillNames;
import com.benchcrm.consultant.Consultant;
import com.benchcrm.consultant.ConsultantInput;
import com.benchcrm.consultant.ConsultantRepository;
import com.benchcrm.consultant.ConsultantSkill;
import com.benchcrm.persistence.DuplicateKeyException;
import com.benchcrm.persistence.Tx;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * {@link ConsultantRepository} in memory, stored as PostgreSQL stores it: the name trimmed, skill
 * names trimmed and {@code primary} false unless true, an all-empty location or a rate without an
 * amount read back as absent, times at microsecond precision, the same unique keys.
 */
public final class InMemoryConsultantRepository implements ConsultantRepository {

    private final Table<UUID, Consultant> rows;
    private final List<BiConsumer<Tx, UUID>> onDelete = new ArrayList<>();
    private final java.time.Clock clock;

    InMemoryConsultantRepository(InMemoryTransactions store, java.time.Clock clock) {
        this.rows = store.table(Uuids.ORDER);
        this.clock = clock;
    }

    /** The consultant as read: {@code daysOnBench} counted to the store's today (UTC), as PostgreSQL counts it. */
    private Consultant read(Consultant c) {
        if (c == null || c.onBenchSince() == null) {
            return c;
        }
        int days = (int) java.time.temporal.ChronoUnit.DAYS.between(
                c.onBenchSince(), java.time.LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC)));
        return new Consultant(
                c.id(),
                c.externalId(),
                c.fullName(),
                c.email(),
                c.phone(),
                c.title(),
                c.summary(),
                c.location(),
                c.workAuthorization(),
                c.yearsExperience(),
                c.skills(),
                c.availability(),
                c.rate(),
                c.version(),
                c.createdAt(),
                c.updatedAt(),
                c.workAuthorizationValidity(),
                c.onBenchSince(),
                days,
                c.tags());
    }

    /** Replaces a stored consultant (tags, bench date). */
    void replace(Tx tx, UUID id, java.util.function.UnaryOperator<Consultant> change) {
        rows.rows(tx).computeIfPresent(id, (k, c) -> change.apply(c));
    }

    /** The tenants that have consultants (a transaction without a tenant). */
    List<com.benchcrm.tenancy.TenantId> tenants(Tx tx) {
        return rows.allTenants(tx).entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(java.util.Map.Entry::getKey)
                .sorted(java.util.Comparator.comparing(t -> t.value().toString()))
                .toList();
    }

    /** Every stored consultant of the transaction's tenant, as read. */
    List<Consultant> all(Tx tx) {
        return rows.rows(tx).values().stream().map(this::read).toList();
    }

    /** Runs {@code cascade} when a consultant is deleted (what the schema's {@code on delete} clauses do). */
    void onDelete(BiConsumer<Tx, UUID> cascade) {
        onDelete.add(cascade);
    }

    @Override
    public void insert(Tx tx, UUID id, ConsultantInput in, Instant now) {
        Map<UUID, Consultant> all = rows.rows(tx);
        if (all.containsKey(id)) {
            throw new DuplicateKeyException("consultant_pkey");
        }
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        Consultant c = stored(id, in, 1, at, at, List.of());
        checkUnique(all.values(), c);
        all.put(id, c);
    }

    @Override
    public Optional<Consultant> find(Tx tx, UUID id) {
        return Optional.ofNullable(read(rows.rows(tx).get(id)));
    }

    @Override
    public Optional<Consultant> findForUpdate(Tx tx, UUID id) {
        return find(tx, id);
    }

    @Override
    public List<Consultant> findMany(Tx tx, Collection<UUID> ids) {
        Map<UUID, Consultant> all = rows.rows(tx);
        return new HashSet<>(ids)
                .stream().map(all::get).filter(Objects::nonNull).map(this::read).toList();
    }

    @Override
    public List<Consultant> list(Tx tx, Optional<UUID> before, int limit) {
        var all = rows.rows(tx);
        var view = before.isPresent() ? all.headMap(before.get(), false) : all;
        return view.descendingMap().values().stream()
                .limit(limit)
                .map(this::read)
                .toList();
    }

    @Override
    public void update(Tx tx, Consultant current, ConsultantInput in, Instant now) {
        Map<UUID, Consultant> all = rows.rows(tx);
        Consultant stored = all.get(current.id());
        if (stored == null) {
            return;
        }
        Consultant c = stored(
                current.id(),
                in,
                stored.version() + 1,
                stored.createdAt(),
                now.truncatedTo(ChronoUnit.MICROS),
                stored.tags());
        checkUnique(
                all.values().stream().filter(o -> !o.id().equals(current.id())).toList(), c);
        all.put(current.id(), c);
    }

    @Override
    public void setTags(Tx tx, UUID id, List<String> tags, Instant now) {
        replace(
                tx,
                id,
                c -> new Consultant(
                        c.id(),
                        c.externalId(),
                        c.fullName(),
                        c.email(),
                        c.phone(),
                        c.title(),
                        c.summary(),
                        c.location(),
                        c.workAuthorization(),
                        c.yearsExperience(),
                        c.skills(),
                        c.availability(),
                        c.rate(),
                        c.version() + 1,
                        c.createdAt(),
                        now.truncatedTo(ChronoUnit.MICROS),
                        c.workAuthorizationValidity(),
                        c.onBenchSince(),
                        null,
                        tags));
    }

    @Override
    public List<Consultant> list(Tx tx, Optional<String> tag, Optional<UUID> before, int limit) {
        var all = rows.rows(tx);
        var view = before.isPresent() ? all.headMap(before.get(), false) : all;
        return view.descendingMap().values().stream()
                .filter(c -> tag.isEmpty() || c.tags().contains(tag.get()))
                .limit(limit)
                .map(this::read)
                .toList();
    }

    @Override
    public void delete(Tx tx, UUID id) {
        if (rows.rows(tx).remove(id) != null) {
            onDelete.forEach(cascade -> cascade.accept(tx, id));
        }
    }

    @Override
    public void setOnBenchSince(Tx tx, UUID id, java.time.LocalDate since, Instant now) {
        replace(
                tx,
                id,
                c -> new Consultant(
                        c.id(),
                        c.externalId(),
                        c.fullName(),
                        c.email(),
                        c.phone(),
                        c.title(),
                        c.summary(),
                        c.location(),
                        c.workAuthorization(),
                        c.yearsExperience(),
                        c.skills(),
                        c.availability(),
                        c.rate(),
                        c.version() + 1,
                        c.createdAt(),
                        now.truncatedTo(ChronoUnit.MICROS),
                        c.workAuthorizationValidity(),
                        since,
                        null,
                        c.tags()));
    }

    @Override
    public Optional<UUID> findIdByEmail(Tx tx, String email) {
        return rows.rows(tx).values().stream()
                .filter(c ->
                        c.email() != null && c.email().toLowerCase(Locale.ROOT).equals(email.toLowerCase(Locale.ROOT)))
                .map(Consultant::id)
                .findFirst();
    }

    private static void checkUnique(Collection<Consultant> others, Consultant c) {
        for (Consultant o : others) {
            if (c.externalId() != null && c.externalId().equals(o.externalId())) {
                throw new DuplicateKeyException(EXTERNAL_ID_KEY);
            }
            if (c.email() != null
                    && o.email() != null
                    && c.email().toLowerCase(Locale.ROOT).equals(o.email().toLowerCase(Locale.ROOT))) {
                throw new DuplicateKeyException(EMAIL_KEY);
            }
        }
        Set<String> keys = new HashSet<>();
        for (ConsultantSkill s : c.skills()) {
            if (!keys.add(SkillNames.key(s.name()))) {
                throw new DuplicateKeyException("consultant_skill_pkey");
            }
        }
    }

    private static Consultant stored(
            UUID id, ConsultantInput in, long version, Instant created, Instant updated, List<String> tags) {
        List<ConsultantSkill> skills = in.skills().stream()
                .map(k -> new ConsultantSkill(k.name().trim(), k.years(), Boolean.TRUE.equals(k.primary())))
                .toList();
        return new Consultant(
                id,
                in.externalId(),
                in.fullName().trim(),
                in.email(),
                in.phone(),
                in.title(),
                in.summary(),
                location(in.location()),
                in.workAuthorization(),
                in.yearsExperience(),
                skills,
                in.availability() == null || in.availability().status() == null ? null : in.availability(),
                rate(in.rate()),
                version,
                created,
                updated,
                in.workAuthorizationValidity(),
                in.onBenchSince(),
                null,
                tags,
                null,
                in.reviewReasons());
    }

    static Location location(Location l) {
        return l == null || l.city() == null && l.state() == null && l.country() == null ? null : l;
    }

    static Rate rate(Rate r) {
        return r == null || r.amount() == null ? null : r;
    }
}

package com.benchcrm.testing.memory;

import com.benchcrm.company.Company;
import com.benchcrm.company.CompanyInput;
import com.benchcrm.company.CompanyKind;
import com.benchcrm.company.CompanyNames;
import com.benchcrm.company.CompanyRepository;
import com.benchcrm.persistence.DuplicateKeyException;
import com.benchcrm.persistence.Tx;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * {@link CompanyRepository} in memory, keyed as PostgreSQL keys it: the name's
 * {@link CompanyNames#normalize normalized form} and the mail domain are unique per tenant.
 */
public final class InMemoryCompanyRepository implements CompanyRepository {

    private final Table<UUID, Company> rows;
    private final List<BiConsumer<Tx, UUID>> onDelete = new ArrayList<>();

    InMemoryCompanyRepository(InMemoryTransactions store) {
        this.rows = store.table(Uuids.ORDER);
    }

    /** Runs {@code cascade} when a company is deleted (the schema's {@code on delete set null} clauses). */
    void onDelete(BiConsumer<Tx, UUID> cascade) {
        onDelete.add(cascade);
    }

    @Override
    public void insert(Tx tx, UUID id, CompanyInput in, Instant now) {
        Map<UUID, Company> all = rows.rows(tx);
        if (all.containsKey(id)) {
            throw new DuplicateKeyException("company_pkey");
        }
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        Company c = stored(id, in, 1, at, at);
        checkUnique(all.values(), c);
        all.put(id, c);
    }

    @Override
    public Optional<Company> find(Tx tx, UUID id) {
        return Optional.ofNullable(rows.rows(tx).get(id));
    }

    @Override
    public Optional<Company> findForUpdate(Tx tx, UUID id) {
        return find(tx, id);
    }

    @Override
    public List<Company> findMany(Tx tx, Collection<UUID> ids) {
        Map<UUID, Company> all = rows.rows(tx);
        return new HashSet<>(ids)
                .stream().map(all::get).filter(Objects::nonNull).toList();
    }

    @Override
    public List<Company> list(Tx tx, Optional<UUID> before, int limit) {
        return list(tx, Optional.empty(), before, limit);
    }

    @Override
    public List<Company> list(Tx tx, Optional<CompanyKind> kind, Optional<UUID> before, int limit) {
        var all = rows.rows(tx);
        var view = before.isPresent() ? all.headMap(before.get(), false) : all;
        return view.descendingMap().values().stream()
                .filter(c -> kind.isEmpty() || c.is(kind.get()))
                .limit(limit)
                .toList();
    }

    @Override
    public void update(Tx tx, Company current, CompanyInput in, Instant now) {
        Map<UUID, Company> all = rows.rows(tx);
        Company stored = all.get(current.id());
        if (stored == null) {
            return;
        }
        Company c =
                stored(current.id(), in, stored.version() + 1, stored.createdAt(), now.truncatedTo(ChronoUnit.MICROS));
        checkUnique(
                all.values().stream().filter(o -> !o.id().equals(current.id())).toList(), c);
        all.put(current.id(), c);
    }

    @Override
    public void delete(Tx tx, UUID id) {
        if (rows.rows(tx).remove(id) != null) {
            onDelete.forEach(cascade -> cascade.accept(tx, id));
        }
    }

    @Override
    public void lockKey(Tx tx, String key) {
        rows.rows(tx); // the store's transaction lock is held: filings are serialized already
    }

    @Override
    public Optional<Company> findByNormalizedName(Tx tx, String normalizedName) {
        return rows.rows(tx).values().stream()
                .filter(c -> CompanyNames.normalize(c.name()).equals(normalizedName))
                .findFirst();
    }

    @Override
    public Optional<Company> findByDomain(Tx tx, String domain) {
        String d = CompanyNames.domain(domain);
        return rows.rows(tx).values().stream()
                .filter(c -> c.domain() != null && c.domain().equals(d))
                .findFirst();
    }

    private static void checkUnique(Collection<Company> others, Company c) {
        String name = CompanyNames.normalize(c.name());
        for (Company o : others) {
            if (CompanyNames.normalize(o.name()).equals(name)) {
                throw new DuplicateKeyException(NAME_KEY);
            }
            if (c.domain() != null && c.domain().equals(o.domain())) {
                throw new DuplicateKeyException(DOMAIN_KEY);
            }
        }
    }

    private static Company stored(UUID id, CompanyInput in, long version, Instant created, Instant updated) {
        return new Company(
                id,
                in.name().trim(),
                in.kinds(),
                in.domain(),
                in.website(),
                in.phone(),
                in.notes(),
                version,
                created,
                updated);
    }
}

package com.benchcrm.testing.memory;

import com.benchcrm.company.Contact;
import com.benchcrm.company.ContactInput;
import com.benchcrm.company.ContactRepository;
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
import java.util.UUID;
import java.util.function.BiConsumer;

/** {@link ContactRepository} in memory: one contact per e-mail address per tenant, case-insensitively. */
public final class InMemoryContactRepository implements ContactRepository {

    private final Table<UUID, Contact> rows;
    private final List<BiConsumer<Tx, UUID>> onDelete = new ArrayList<>();

    InMemoryContactRepository(InMemoryTransactions store) {
        this.rows = store.table(Uuids.ORDER);
    }

    void onDelete(BiConsumer<Tx, UUID> cascade) {
        onDelete.add(cascade);
    }

    /** A deleted company leaves its contacts without one (the schema's {@code on delete set null}). */
    void companyDeleted(Tx tx, UUID companyId) {
        rows.rows(tx)
                .replaceAll((id, c) -> companyId.equals(c.companyId())
                        ? new Contact(
                                c.id(),
                                null,
                                c.fullName(),
                                c.email(),
                                c.phone(),
                                c.title(),
                                c.notes(),
                                c.version(),
                                c.createdAt(),
                                c.updatedAt())
                        : c);
    }

    @Override
    public void insert(Tx tx, UUID id, ContactInput in, Instant now) {
        Map<UUID, Contact> all = rows.rows(tx);
        if (all.containsKey(id)) {
            throw new DuplicateKeyException("contact_pkey");
        }
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        Contact c = stored(id, in, 1, at, at);
        checkUnique(all.values(), c);
        all.put(id, c);
    }

    @Override
    public Optional<Contact> find(Tx tx, UUID id) {
        return Optional.ofNullable(rows.rows(tx).get(id));
    }

    @Override
    public Optional<Contact> findForUpdate(Tx tx, UUID id) {
        return find(tx, id);
    }

    @Override
    public List<Contact> findMany(Tx tx, Collection<UUID> ids) {
        Map<UUID, Contact> all = rows.rows(tx);
        return new HashSet<>(ids)
                .stream().map(all::get).filter(Objects::nonNull).toList();
    }

    @Override
    public List<Contact> list(Tx tx, Optional<UUID> before, int limit) {
        return list(tx, Optional.empty(), before, limit);
    }

    @Override
    public List<Contact> list(Tx tx, Optional<UUID> companyId, Optional<UUID> before, int limit) {
        var all = rows.rows(tx);
        var view = before.isPresent() ? all.headMap(before.get(), false) : all;
        return view.descendingMap().values().stream()
                .filter(c -> companyId.isEmpty() || companyId.get().equals(c.companyId()))
                .limit(limit)
                .toList();
    }

    @Override
    public void update(Tx tx, Contact current, ContactInput in, Instant now) {
        Map<UUID, Contact> all = rows.rows(tx);
        Contact stored = all.get(current.id());
        if (stored == null) {
            return;
        }
        Contact c =
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
    public Optional<Contact> findByEmail(Tx tx, String email) {
        String e = email.toLowerCase(Locale.ROOT);
        return rows.rows(tx).values().stream()
                .filter(c ->
                        c.email() != null && c.email().toLowerCase(Locale.ROOT).equals(e))
                .findFirst();
    }

    private static void checkUnique(Collection<Contact> others, Contact c) {
        if (c.email() == null) {
            return;
        }
        String e = c.email().toLowerCase(Locale.ROOT);
        for (Contact o : others) {
            if (o.email() != null && o.email().toLowerCase(Locale.ROOT).equals(e)) {
                throw new DuplicateKeyException(EMAIL_KEY);
            }
        }
    }

    private static Contact stored(UUID id, ContactInput in, long version, Instant created, Instant updated) {
        return new Contact(
                id,
                in.companyId(),
                in.fullName().trim(),
                in.email(),
                in.phone(),
                in.title(),
                in.notes(),
                version,
                created,
                updated);
    }
}

package com.benchcrm.testing.memory;

import com.benchcrm.activity.Activity;
import com.benchcrm.activity.ActivityRepository;
import com.benchcrm.persistence.DuplicateKeyException;
import com.benchcrm.persistence.Tx;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link ActivityRepository} in memory. */
public final class InMemoryActivityRepository implements ActivityRepository {

    private final Table<UUID, Activity> rows;

    InMemoryActivityRepository(InMemoryTransactions store) {
        this.rows = store.table(Uuids.ORDER);
    }

    @Override
    public void insert(Tx tx, Activity a) {
        if (rows.rows(tx).putIfAbsent(a.id(), a) != null) {
            throw new DuplicateKeyException("activity_pkey");
        }
    }

    @Override
    public List<Activity> list(Tx tx, String entity, UUID entityId, Optional<UUID> before, int limit) {
        var all = rows.rows(tx);
        var view = before.isPresent() ? all.headMap(before.get(), false) : all;
        return view.descendingMap().values().stream()
                .filter(a -> a.entity().equals(entity) && a.entityId().equals(entityId))
                .limit(limit)
                .toList();
    }

    /** A deleted contact leaves its activities without one (the schema's {@code on delete set null}). */
    void contactDeleted(Tx tx, UUID contactId) {
        rows.rows(tx)
                .replaceAll((id, a) -> contactId.equals(a.contactId())
                        ? new Activity(
                                a.id(),
                                a.entity(),
                                a.entityId(),
                                a.kind(),
                                a.subject(),
                                a.body(),
                                null,
                                a.occurredAt(),
                                a.actorId(),
                                a.createdAt())
                        : a);
    }
}

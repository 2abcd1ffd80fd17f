package com.benchcrm.testing.memory;

import com.benchcrm.consultant.PendingChange;
import com.benchcrm.consultant.PendingChangeRepository;
import com.benchcrm.consultant.PendingChangeStatus;
import com.benchcrm.persistence.Tx;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link PendingChangeRepository} in memory; the store's transaction lock stands in for the row lock. */
public final class InMemoryPendingChangeRepository implements PendingChangeRepository {

    private final Table<UUID, PendingChange> rows;

    InMemoryPendingChangeRepository(InMemoryTransactions store) {
        this.rows = store.table(Uuids.ORDER);
    }

    @Override
    public void insert(Tx tx, PendingChange c) {
        rows.rows(tx).put(c.id(), new PendingChange(c.id(), c.consultantId(), c.source(), c.sourceRef(), c.baseVersion(), c.proposed(),
                c.changedFields(), c.status(), c.proposedBy(), micros(c.createdAt()), c.decidedBy(), micros(c.decidedAt()),
                c.decisionReason()));
    }

    @Override
    public Optional<PendingChange> lock(Tx tx, UUID consultantId, UUID changeId) {
        return Optional.ofNullable(rows.rows(tx).get(changeId)).filter(c -> c.consultantId().equals(consultantId));
    }

    @Override
    public List<PendingChange> list(Tx tx, UUID consultantId, int limit) {
        return rows.rows(tx).values().stream().filter(c -> c.consultantId().equals(consultantId))
                .sorted(Comparator.comparing(PendingChange::id, Uuids.ORDER).reversed()).limit(limit).toList();
    }

    @Override
    public boolean decide(Tx tx, UUID changeId, PendingChangeStatus status, String by, Instant at, String reason) {
        PendingChange c = rows.rows(tx).get(changeId);
        if (c == null || c.status() != PendingChangeStatus.PENDING) {
            return false;
        }
        rows.rows(tx).put(changeId, new PendingChange(c.id(), c.consultantId(), c.source(), c.sourceRef(), c.baseVersion(), c.proposed(),
                c.changedFields(), status, c.proposedBy(), c.createdAt(), by, micros(at), reason));
        return true;
    }

    /** Deletes the changes of a deleted consultant (the schema's {@code on delete cascade}). */
    void consultantDeleted(Tx tx, UUID consultantId) {
        rows.rows(tx).values().removeIf(c -> c.consultantId().equals(consultantId));
    }

    private static Instant micros(Instant i) {
        return i == null ? null : i.truncatedTo(ChronoUnit.MICROS);
    }
}

package com.benchcrm.testing.memory;

import com.benchcrm.audit.AuditEntry;
import com.benchcrm.audit.AuditQuery;
import com.benchcrm.audit.AuditRepository;
import com.benchcrm.persistence.Tx;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link AuditRepository} in memory: append-only, newest first by id. */
public final class InMemoryAuditRepository implements AuditRepository {

    /** A stored entry with its details. */
    public record Stored(AuditEntry entry, Map<String, Object> details) {}

    private final Table<UUID, Stored> rows;

    InMemoryAuditRepository(InMemoryTransactions store) {
        this.rows = store.table(Uuids.ORDER);
    }

    @Override
    public void append(Tx tx, AuditEntry e, Map<String, Object> details) {
        AuditEntry stored = new AuditEntry(
                e.id(),
                e.at().truncatedTo(ChronoUnit.MICROS),
                e.actorId(),
                e.action(),
                e.entity(),
                e.entityId(),
                e.beforeHash(),
                e.afterHash(),
                e.traceId());
        rows.rows(tx).put(e.id(), new Stored(stored, details == null ? Map.of() : Map.copyOf(details)));
    }

    @Override
    public List<AuditEntry> find(Tx tx, AuditQuery q, Optional<UUID> before, int limit) {
        var all = rows.rows(tx);
        var view = before.isPresent() ? all.headMap(before.get(), false) : all;
        return view.descendingMap().values().stream()
                .map(Stored::entry)
                .filter(e -> q.entity().map(v -> v.equals(e.entity())).orElse(true))
                .filter(e -> q.actor().map(v -> v.equals(e.actorId())).orElse(true))
                .filter(e -> q.from().map(v -> !e.at().isBefore(v)).orElse(true))
                .filter(e -> q.to().map(v -> e.at().isBefore(v)).orElse(true))
                .limit(limit)
                .toList();
    }

    @Override
    public List<AuditEntry> findForEntity(Tx tx, String entity, UUID entityId, Optional<UUID> before, int limit) {
        var all = rows.rows(tx);
        var view = before.isPresent() ? all.headMap(before.get(), false) : all;
        return view.descendingMap().values().stream()
                .map(Stored::entry)
                .filter(e -> entity.equals(e.entity()) && entityId.equals(e.entityId()))
                .limit(limit)
                .toList();
    }

    /** Every entry of the transaction's tenant with its details, oldest first (for tests). */
    public List<Stored> all(Tx tx) {
        return List.copyOf(rows.rows(tx).values());
    }
}

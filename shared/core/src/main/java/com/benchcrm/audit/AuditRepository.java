package com.benchcrm.audit;

import com.benchcrm.persistence.Tx;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: the append-only audit log of the {@link Tx}'s tenant. There is no update and no delete:
 * the PostgreSQL application role may not change an audit row.
 */
public interface AuditRepository {

    /**
     * Appends one entry in the caller's open transaction.
     *
     * @param details extra facts (engine, model version, prompt fingerprint, source message), or empty
     */
    void append(Tx tx, AuditEntry entry, Map<String, Object> details);

    /** Up to {@code limit} entries matching {@code query} with ids below {@code before} (all when empty), newest first. */
    List<AuditEntry> find(Tx tx, AuditQuery query, Optional<UUID> before, int limit);

    /** Up to {@code limit} entries about one record ({@code entity}, {@code entityId}) with ids below {@code before}, newest first. */
    List<AuditEntry> findForEntity(Tx tx, String entity, UUID entityId, Optional<UUID> before, int limit);
}

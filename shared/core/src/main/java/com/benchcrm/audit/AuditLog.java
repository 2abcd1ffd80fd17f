package com.benchcrm.audit;

import com.benchcrm.common.Hashing;
import com.benchcrm.common.Ids;
import com.benchcrm.common.Page;
import com.benchcrm.common.PageRequest;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.persistence.Tx;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Permission;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes and reads the audit log. Entries are only ever appended (see {@link AuditRepository}).
 *
 * <pre>{@code
 * audit.record(tx, caller, "consultant.updated", "consultant", id, before, after);
 * }</pre>
 */
public final class AuditLog {

    private static final String KIND = "audit";

    private final Transactions transactions;
    private final AuditRepository repository;
    private final Ids ids;
    private final Clock clock;

    public AuditLog(Transactions transactions, AuditRepository repository, Ids ids, Clock clock) {
        this.transactions = transactions;
        this.repository = repository;
        this.ids = ids;
        this.clock = clock;
    }

    /** Appends one entry in the caller's open transaction. */
    public void record(Tx tx, Caller caller, String action, String entity, UUID entityId, Object before, Object after) {
        record(tx, caller, action, entity, entityId, before, after, null);
    }

    /**
     * Appends one entry with details: for AI-made changes the engine, model version and prompt
     * fingerprint; for imports the source message. Before and after are stored as SHA-256 hashes of
     * their canonical JSON, never as values.
     */
    public void record(
            Tx tx,
            Caller caller,
            String action,
            String entity,
            UUID entityId,
            Object before,
            Object after,
            Map<String, Object> details) {
        repository.append(
                tx,
                new AuditEntry(
                        ids.next(),
                        clock.instant(),
                        caller.userId(),
                        action,
                        entity,
                        entityId,
                        Hashing.canonicalSha256(before),
                        Hashing.canonicalSha256(after),
                        caller.traceId()),
                details == null ? Map.of() : details);
    }

    /** Newest first; needs {@link Permission#AUDIT_READ}. */
    public Page<AuditEntry> list(Caller caller, AuditQuery query, PageRequest page) {
        caller.require(Permission.AUDIT_READ);
        List<AuditEntry> rows = transactions.inTenant(
                caller.tenant(), tx -> repository.find(tx, query, page.after(), page.limit() + 1));
        return Page.fromOverfetch(rows, page.limit(), KIND, AuditEntry::id);
    }

    public static String cursorKind() {
        return KIND;
    }
}

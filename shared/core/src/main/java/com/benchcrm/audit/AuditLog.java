package com.benchcrm.audit;

import com.benchcrm.common.Hashing;
import com.benchcrm.common.Ids;
import com.benchcrm.common.Page;
import com.benchcrm.common.PageRequest;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Permission;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.sql.SqlPort;
import com.benchcrm.sql.SqlSession;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Writes and reads the audit log. The application role may insert and select audit rows but
 * never update or delete them (see the schema grants).
 *
 * <pre>{@code
 * audit.record(session, caller, "consultant.updated", "consultant", id, before, after);
 * }</pre>
 */
public final class AuditLog {

    private static final String KIND = "audit";

    private final SqlPort sql;
    private final Ids ids;
    private final Clock clock;

    public AuditLog(SqlPort sql, Ids ids, Clock clock) {
        this.sql = sql;
        this.ids = ids;
        this.clock = clock;
    }

    /** Appends one entry in the caller's open transaction. */
    public void record(SqlSession session, Caller caller, String action, String entity, UUID entityId,
                       Object before, Object after) {
        record(session, caller, action, entity, entityId, before, after, null);
    }

    /**
     * Appends one entry with details: for AI-made changes the engine, model version and prompt
     * fingerprint; for imports the source message.
     */
    public void record(SqlSession session, Caller caller, String action, String entity, UUID entityId,
                       Object before, Object after, java.util.Map<String, Object> details) {
        session.update("""
                insert into audit_log (tenant_id, id, at, actor_id, action, entity, entity_id, before_hash, after_hash, trace_id, details)
                values (:tenant, :id, :at, :actor, :action, :entity, :entity_id, :before_hash, :after_hash, :trace_id, :details)""",
                SqlParams.of("tenant", caller.tenant().value())
                        .and("id", ids.next())
                        .and("at", clock.instant())
                        .and("actor", caller.userId())
                        .and("action", action)
                        .and("entity", entity)
                        .and("entity_id", entityId)
                        .and("before_hash", Hashing.canonicalSha256(before))
                        .and("after_hash", Hashing.canonicalSha256(after))
                        .and("trace_id", caller.traceId())
                        .and("details", details == null || details.isEmpty() ? null
                                : new com.benchcrm.sql.SqlJson(com.benchcrm.common.Json.write(details))));
    }

    /** Newest first; needs {@link Permission#AUDIT_READ}. */
    public Page<AuditEntry> list(Caller caller, AuditQuery query, PageRequest page) {
        caller.require(Permission.AUDIT_READ);
        StringBuilder where = new StringBuilder("tenant_id = :tenant");
        SqlParams params = SqlParams.of("tenant", caller.tenant().value()).and("limit", page.limit() + 1);
        if (page.after().isPresent()) {
            where.append(" and id < :after");
            params = params.and("after", page.after().get());
        }
        if (query.entity().isPresent()) {
            where.append(" and entity = :entity");
            params = params.and("entity", query.entity().get());
        }
        if (query.actor().isPresent()) {
            where.append(" and actor_id = :actor");
            params = params.and("actor", query.actor().get());
        }
        if (query.from().isPresent()) {
            where.append(" and at >= :from");
            params = params.and("from", query.from().get());
        }
        if (query.to().isPresent()) {
            where.append(" and at < :to");
            params = params.and("to", query.to().get());
        }
        String statement = "select id, at, actor_id, action, entity, entity_id, before_hash, after_hash, trace_id"
                + " from audit_log where " + where + " order by id desc limit :limit";
        SqlParams bound = params;
        List<AuditEntry> rows = sql.inTenant(caller.tenant(), s -> s.query(statement, bound)).stream()
                .map(AuditLog::toEntry)
                .toList();
        return Page.fromOverfetch(rows, page.limit(), KIND, AuditEntry::id);
    }

    public static String cursorKind() {
        return KIND;
    }

    private static AuditEntry toEntry(Row r) {
        return new AuditEntry(r.uuid("id"), r.instant("at"), r.string("actor_id"), r.string("action"),
                r.string("entity"), r.uuid("entity_id"), r.string("before_hash"), r.string("after_hash"),
                r.string("trace_id"));
    }
}

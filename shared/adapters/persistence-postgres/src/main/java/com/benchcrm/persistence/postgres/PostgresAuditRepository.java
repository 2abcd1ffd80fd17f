package com.benchcrm.persistence.postgres;

import com.benchcrm.audit.AuditEntry;
import com.benchcrm.audit.AuditQuery;
import com.benchcrm.audit.AuditRepository;
import com.benchcrm.common.Json;
import com.benchcrm.persistence.Tx;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlJson;
import com.benchcrm.sql.SqlParams;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link AuditRepository} over the audit_log table (insert and select only: the grants allow nothing else). */
final class PostgresAuditRepository implements AuditRepository {

    @Override
    public void append(Tx tx, AuditEntry e, Map<String, Object> details) {
        SqlTx.of(tx)
                .session()
                .update(
                        """
                insert into audit_log (tenant_id, id, at, actor_id, action, entity, entity_id, before_hash, after_hash, trace_id, details)
                values (:tenant, :id, :at, :actor, :action, :entity, :entity_id, :before_hash, :after_hash, :trace_id, :details)""",
                        SqlParams.of("tenant", tx.tenant().value())
                                .and("id", e.id())
                                .and("at", e.at())
                                .and("actor", e.actorId())
                                .and("action", e.action())
                                .and("entity", e.entity())
                                .and("entity_id", e.entityId())
                                .and("before_hash", e.beforeHash())
                                .and("after_hash", e.afterHash())
                                .and("trace_id", e.traceId())
                                .and(
                                        "details",
                                        details == null || details.isEmpty()
                                                ? null
                                                : new SqlJson(Json.write(details))));
    }

    @Override
    public List<AuditEntry> find(Tx tx, AuditQuery query, Optional<UUID> before, int limit) {
        StringBuilder where = new StringBuilder("tenant_id = :tenant");
        SqlParams params = SqlParams.of("tenant", tx.tenant().value()).and("limit", limit);
        if (before.isPresent()) {
            where.append(" and id < :after");
            params = params.and("after", before.get());
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
        return SqlTx.of(tx)
                .session()
                .query(
                        "select id, at, actor_id, action, entity, entity_id, before_hash, after_hash, trace_id"
                                + " from audit_log where " + where + " order by id desc limit :limit",
                        params)
                .stream()
                .map(PostgresAuditRepository::toEntry)
                .toList();
    }

    /** Served by audit_log_by_entity (tenant, entity, id) with entity_id as a filter: one record's changes among its kind's. */
    @Override
    public List<AuditEntry> findForEntity(Tx tx, String entity, UUID entityId, Optional<UUID> before, int limit) {
        SqlParams params = SqlParams.of("tenant", tx.tenant().value())
                .and("entity", entity)
                .and("entity_id", entityId)
                .and("limit", limit);
        String where = "tenant_id = :tenant and entity = :entity and entity_id = :entity_id";
        if (before.isPresent()) {
            where += " and id < :before";
            params = params.and("before", before.get());
        }
        return SqlTx.of(tx)
                .session()
                .query(
                        "select id, at, actor_id, action, entity, entity_id, before_hash, after_hash, trace_id"
                                + " from audit_log where " + where + " order by id desc limit :limit",
                        params)
                .stream()
                .map(PostgresAuditRepository::toEntry)
                .toList();
    }

    private static AuditEntry toEntry(Row r) {
        return new AuditEntry(
                r.uuid("id"),
                r.instant("at"),
                r.string("actor_id"),
                r.string("action"),
                r.string("entity"),
                r.uuid("entity_id"),
                r.string("before_hash"),
                r.string("after_hash"),
                r.string("trace_id"));
    }
}

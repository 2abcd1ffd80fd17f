package com.benchcrm.persistence.postgres;

import com.benchcrm.common.Json;
import com.benchcrm.events.DomainEvent;
import com.benchcrm.outbox.OutboxRepository;
import com.benchcrm.persistence.Tx;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlJson;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.tenancy.TenantId;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link OutboxRepository} over the outbox table: appends in the tenant's transaction, and the
 * relay's cross-tenant reads and marks through the definer functions {@code benchcrm.outbox_claim},
 * {@code outbox_mark_published}, {@code outbox_release} and {@code outbox_backlog} (ADR 0011).
 */
final class PostgresOutboxRepository implements OutboxRepository {

    @Override
    public void append(Tx tx, NewEvent e) {
        SqlTx.of(tx)
                .session()
                .update(
                        """
                insert into outbox (tenant_id, id, event_type, event_version, aggregate_type, aggregate_id, payload, trace_id, occurred_at)
                values (:tenant, :id, :type, :version, :aggregate_type, :aggregate_id, :payload, :trace_id, :at)""",
                        SqlParams.of("tenant", tx.tenant().value())
                                .and("id", e.id())
                                .and("type", e.eventType())
                                .and("version", e.eventVersion())
                                .and("aggregate_type", e.aggregateType())
                                .and("aggregate_id", e.aggregateId())
                                .and("payload", new SqlJson(Json.write(e.data())))
                                .and("trace_id", e.traceId())
                                .and("at", e.occurredAt()));
    }

    @Override
    public List<DomainEvent> claim(Tx tx, int limit, Duration lease, boolean expiredOnly) {
        List<Row> rows = SqlTx.of(tx)
                .session()
                .query(
                        """
                select tenant_id, id, event_type, event_version, payload, trace_id, occurred_at, attempts
                from benchcrm.outbox_claim(:limit, :lease, :expired_only)""",
                        SqlParams.of("limit", limit)
                                .and("lease", Math.toIntExact(lease.toSeconds()))
                                .and("expired_only", expiredOnly));
        List<DomainEvent> events = new ArrayList<>(rows.size());
        for (Row r : rows) {
            events.add(new DomainEvent(
                    r.uuid("id"),
                    r.string("event_type"),
                    r.intValue("event_version"),
                    new TenantId(r.uuid("tenant_id")),
                    r.instant("occurred_at"),
                    r.string("trace_id"),
                    payload(r)));
        }
        return events;
    }

    @Override
    public void markPublished(Tx tx, List<DomainEvent> events) {
        SqlTx.of(tx)
                .session()
                .query("select benchcrm.outbox_mark_published(:events) as n", SqlParams.of("events", keys(events)));
    }

    @Override
    public void release(Tx tx, List<DomainEvent> events, Duration retryAfter, String error) {
        SqlTx.of(tx)
                .session()
                .query(
                        "select benchcrm.outbox_release(:events, :after, :error) as n",
                        SqlParams.of("events", keys(events))
                                .and("after", Math.toIntExact(retryAfter.toSeconds()))
                                .and("error", error));
    }

    @Override
    public Backlog backlog(Tx tx) {
        Row r = SqlTx.of(tx)
                .session()
                .queryOne("select unpublished, oldest from benchcrm.outbox_backlog()", SqlParams.none())
                .orElseThrow();
        return new Backlog(r.longValue("unpublished"), r.isNull("oldest") ? null : r.instant("oldest"));
    }

    @Override
    public long unpublished(Tx tx) {
        return SqlTx.of(tx)
                .session()
                .queryOne(
                        "select count(*) as n from outbox where tenant_id = :tenant and published_at is null",
                        SqlParams.of("tenant", tx.tenant().value()))
                .orElseThrow()
                .longValue("n");
    }

    private static SqlJson keys(List<DomainEvent> events) {
        ArrayNode array = Json.strict().createArrayNode();
        for (DomainEvent e : events) {
            array.addObject().put("tenant", e.tenant().value().toString()).put("id", e.id().toString());
        }
        return new SqlJson(Json.write(array));
    }

    private static JsonNode payload(Row r) {
        try {
            return Json.strict().readTree(r.string("payload"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("outbox payload is not JSON", e);
        }
    }
}

package com.benchcrm.persistence.postgres;

import com.benchcrm.common.Json;
import com.benchcrm.marketing.OutreachMessage;
import com.benchcrm.marketing.OutreachMessageRepository;
import com.benchcrm.persistence.Tx;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlJson;
import com.benchcrm.sql.SqlParams;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link OutreachMessageRepository} over outreach_message; a list send is stored in one statement
 * ({@code jsonb_to_recordset}, {@code on conflict do nothing} on the (draft, recipient) key).
 */
final class PostgresOutreachMessageRepository implements OutreachMessageRepository {

    private static final String SELECT = """
            select id, draft_id, recipient, contact_id, message_id, status, detail, queued_at, sent_at, location
            from outreach_message
            """;

    @Override
    public boolean insertIfAbsent(Tx tx, OutreachMessage m) {
        return insertAllIfAbsent(tx, List.of(m)) == 1;
    }

    @Override
    public int insertAllIfAbsent(Tx tx, List<OutreachMessage> messages) {
        if (messages.isEmpty()) {
            return 0;
        }
        List<Map<String, Object>> rows = messages.stream()
                .map(m -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", m.id().toString());
                    row.put("draft_id", m.draftId().toString());
                    row.put("recipient", m.recipient());
                    row.put(
                            "contact_id",
                            m.contactId() == null ? null : m.contactId().toString());
                    row.put("message_id", m.messageId());
                    row.put("status", m.status().name());
                    row.put("detail", m.detail());
                    row.put("queued_at", m.queuedAt().toString());
                    return row;
                })
                .toList();
        return (int) SqlTx.of(tx)
                .session()
                .update("""
                insert into outreach_message (tenant_id, id, draft_id, recipient, contact_id, message_id, status, detail,
                    queued_at)
                select :tenant, x.id, x.draft_id, x.recipient, x.contact_id, x.message_id, x.status, x.detail, x.queued_at
                from jsonb_to_recordset(:rows) as x(id uuid, draft_id uuid, recipient text, contact_id uuid, message_id text,
                    status text, detail text, queued_at timestamptz)
                on conflict (tenant_id, draft_id, recipient) do nothing""", SqlParams.of("tenant", tx.tenant().value()).and("rows", new SqlJson(Json.write(rows))));
    }

    @Override
    public Optional<OutreachMessage> find(Tx tx, UUID id) {
        return one(tx, " where tenant_id = :tenant and id = :v", id);
    }

    @Override
    public Optional<OutreachMessage> findForUpdate(Tx tx, UUID id) {
        return one(tx, " where tenant_id = :tenant and id = :v for update", id);
    }

    @Override
    public Optional<OutreachMessage> findByMessageId(Tx tx, String messageId) {
        return one(tx, " where tenant_id = :tenant and message_id = :v", messageId);
    }

    private static Optional<OutreachMessage> one(Tx tx, String where, Object value) {
        return SqlTx.of(tx)
                .session()
                .queryOne(
                        SELECT + where,
                        SqlParams.of("tenant", tx.tenant().value()).and("v", value))
                .map(PostgresOutreachMessageRepository::toMessage);
    }

    @Override
    public int countQueuedSince(Tx tx, Instant since) {
        return SqlTx.of(tx)
                .session()
                .queryOne(
                        "select count(*) as n from outreach_message where tenant_id = :tenant and queued_at >= :since"
                                + " and status <> 'SUPPRESSED'",
                        SqlParams.of("tenant", tx.tenant().value()).and("since", since))
                .map(r -> r.longValue("n").intValue())
                .orElse(0);
    }

    @Override
    public List<OutreachMessage> listByDraft(Tx tx, UUID draftId, Optional<OutreachMessage.Status> status) {
        SqlParams params = SqlParams.of("tenant", tx.tenant().value()).and("draft", draftId);
        String where = " where tenant_id = :tenant and draft_id = :draft";
        if (status.isPresent()) {
            where += " and status = :status";
            params = params.and("status", status.get().name());
        }
        return SqlTx.of(tx).session().query(SELECT + where + " order by id", params).stream()
                .map(PostgresOutreachMessageRepository::toMessage)
                .toList();
    }

    @Override
    public List<OutreachMessage> listByDraftPage(
            Tx tx, UUID draftId, Optional<OutreachMessage.Status> status, Optional<UUID> after, int limit) {
        SqlParams params = SqlParams.of("tenant", tx.tenant().value())
                .and("draft", draftId)
                .and("limit", limit);
        String where = " where tenant_id = :tenant and draft_id = :draft";
        if (status.isPresent()) {
            where += " and status = :status";
            params = params.and("status", status.get().name());
        }
        if (after.isPresent()) {
            where += " and id > :after";
            params = params.and("after", after.get());
        }
        return SqlTx.of(tx).session().query(SELECT + where + " order by id limit :limit", params).stream()
                .map(PostgresOutreachMessageRepository::toMessage)
                .toList();
    }

    @Override
    public List<OutreachMessage> listSent(Tx tx, Optional<UUID> before, int limit) {
        SqlParams params = SqlParams.of("tenant", tx.tenant().value()).and("limit", limit);
        String where = " where tenant_id = :tenant and status = 'SENT'";
        if (before.isPresent()) {
            where += " and id < :before";
            params = params.and("before", before.get());
        }
        return SqlTx.of(tx).session().query(SELECT + where + " order by id desc limit :limit", params).stream()
                .map(PostgresOutreachMessageRepository::toMessage)
                .toList();
    }

    @Override
    public void updateOutcome(
            Tx tx, UUID id, OutreachMessage.Status status, String detail, Instant sentAt, String location) {
        SqlTx.of(tx)
                .session()
                .update(
                        """
                update outreach_message set status = :status, detail = :detail, sent_at = :sent_at, location = :location
                where tenant_id = :tenant and id = :id""",
                        SqlParams.of("tenant", tx.tenant().value())
                                .and("id", id)
                                .and("status", status.name())
                                .and("detail", detail)
                                .and("sent_at", sentAt)
                                .and("location", location));
    }

    private static OutreachMessage toMessage(Row r) {
        return new OutreachMessage(
                r.uuid("id"),
                r.uuid("draft_id"),
                r.string("recipient"),
                r.uuid("contact_id"),
                r.string("message_id"),
                OutreachMessage.Status.valueOf(r.string("status")),
                r.string("detail"),
                r.instant("queued_at"),
                r.instant("sent_at"),
                r.string("location"));
    }

    @Override
    public List<UUID> listQueuedBetween(Tx tx, Instant from, Instant to, int limit) {
        return SqlTx.of(tx)
                .session()
                .query(
                        """
                select id from outreach_message
                where tenant_id = :tenant and status = 'QUEUED' and queued_at >= :from and queued_at < :to
                order by queued_at, id limit :limit""",
                        SqlParams.of("tenant", tx.tenant().value())
                                .and("from", from)
                                .and("to", to)
                                .and("limit", limit))
                .stream()
                .map(r -> r.uuid("id"))
                .toList();
    }

    @Override
    public List<com.benchcrm.tenancy.TenantId> activeTenants(Tx tx) {
        return SqlTx.of(tx).session().query("select t as id from active_tenant_ids() as t", SqlParams.none()).stream()
                .map(r -> new com.benchcrm.tenancy.TenantId(r.uuid("id")))
                .toList();
    }
}

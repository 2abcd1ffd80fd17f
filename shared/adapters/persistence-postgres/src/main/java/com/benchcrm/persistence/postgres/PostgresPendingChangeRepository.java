package com.benchcrm.persistence.postgres;

import com.benchcrm.common.Json;
import com.benchcrm.consultant.PendingChange;
import com.benchcrm.consultant.PendingChangeRepository;
import com.benchcrm.consultant.PendingChangeStatus;
import com.benchcrm.persistence.Tx;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlJson;
import com.benchcrm.sql.SqlParams;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link PendingChangeRepository} over consultant_pending_change (forced row-level security, V6). */
final class PostgresPendingChangeRepository implements PendingChangeRepository {

    private static final String COLUMNS = """
            id, consultant_id, source, inbound_message_ref, base_version, proposed::text as proposed,
            array_to_string(changed_fields, ',') as changed_fields, status, proposed_by, created_at, decided_by, decided_at,
            decision_reason""";

    @Override
    public void insert(Tx tx, PendingChange c) {
        SqlTx.of(tx).session().update("""
                insert into consultant_pending_change (tenant_id, id, consultant_id, source, inbound_message_ref, base_version, proposed,
                  changed_fields, status, proposed_by, created_at)
                values (:tenant, :id, :consultant, :source, :ref, :base, :proposed, string_to_array(:fields, ','), :status, :by, :at)""",
                SqlParams.of("tenant", tx.tenant().value()).and("id", c.id()).and("consultant", c.consultantId())
                        .and("source", c.source()).and("ref", c.sourceRef()).and("base", c.baseVersion())
                        .and("proposed", new SqlJson(Json.write(c.proposed()))).and("fields", String.join(",", c.changedFields()))
                        .and("status", c.status().name()).and("by", c.proposedBy()).and("at", c.createdAt()));
    }

    @Override
    public Optional<PendingChange> lock(Tx tx, UUID consultantId, UUID changeId) {
        return SqlTx.of(tx).session().queryOne("select " + COLUMNS + """
                 from consultant_pending_change
                where tenant_id = :tenant and consultant_id = :consultant and id = :id for update""",
                SqlParams.of("tenant", tx.tenant().value()).and("consultant", consultantId).and("id", changeId))
                .map(PostgresPendingChangeRepository::toChange);
    }

    @Override
    public List<PendingChange> list(Tx tx, UUID consultantId, int limit) {
        return SqlTx.of(tx).session().query("select " + COLUMNS + """
                 from consultant_pending_change
                where tenant_id = :tenant and consultant_id = :consultant order by id desc limit :limit""",
                SqlParams.of("tenant", tx.tenant().value()).and("consultant", consultantId).and("limit", limit))
                .stream().map(PostgresPendingChangeRepository::toChange).toList();
    }

    @Override
    public boolean decide(Tx tx, UUID changeId, PendingChangeStatus status, String by, Instant at, String reason) {
        return SqlTx.of(tx).session().update("""
                update consultant_pending_change set status = :status, decided_by = :by, decided_at = :at, decision_reason = :reason
                where tenant_id = :tenant and id = :id and status = 'PENDING'""",
                SqlParams.of("tenant", tx.tenant().value()).and("id", changeId).and("status", status.name()).and("by", by)
                        .and("at", at).and("reason", reason)) == 1;
    }

    private static PendingChange toChange(Row r) {
        String fields = r.string("changed_fields");
        return new PendingChange(r.uuid("id"), r.uuid("consultant_id"), r.string("source"), r.string("inbound_message_ref"),
                r.longValue("base_version"), Json.read(r.string("proposed"), com.fasterxml.jackson.databind.JsonNode.class),
                fields == null || fields.isEmpty() ? List.of() : Arrays.asList(fields.split(",")),
                PendingChangeStatus.valueOf(r.string("status")), r.string("proposed_by"), r.instant("created_at"), r.string("decided_by"),
                r.instant("decided_at"), r.string("decision_reason"));
    }
}

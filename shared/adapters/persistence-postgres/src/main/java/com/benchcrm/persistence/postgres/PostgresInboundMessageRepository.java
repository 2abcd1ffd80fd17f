package com.benchcrm.persistence.postgres;

import com.benchcrm.common.Json;
import com.benchcrm.ingest.InboundMessageRepository;
import com.benchcrm.ingest.IngestOutcome;
import com.benchcrm.ingest.IngestReport;
import com.benchcrm.persistence.Tx;
import com.benchcrm.sql.SqlJson;
import com.benchcrm.sql.SqlParams;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link InboundMessageRepository} over inbound_message and attachment. */
final class PostgresInboundMessageRepository implements InboundMessageRepository {

    @Override
    public Optional<IngestReport> reportByRawSha256(Tx tx, String sha256) {
        return report(tx, "raw_sha256", sha256);
    }

    @Override
    public Optional<IngestReport> reportByMessageId(Tx tx, String messageId) {
        return report(tx, "message_id", messageId);
    }

    private static Optional<IngestReport> report(Tx tx, String column, String key) {
        return SqlTx.of(tx)
                .session()
                .queryOne(
                        "select report::text as report from inbound_message where tenant_id = :tenant and " + column
                                + " = :key order by id limit 1",
                        SqlParams.of("tenant", tx.tenant().value()).and("key", key))
                .filter(r -> !r.isNull("report"))
                .map(r -> Json.read(r.string("report"), IngestReport.class));
    }

    @Override
    public void insert(Tx tx, NewMessage m) {
        SqlTx.of(tx)
                .session()
                .update(
                        """
                insert into inbound_message (tenant_id, id, raw_sha256, message_id, blob_key, channel, from_email, from_name, vendor_email,
                    subject, received_at, size_bytes, kind, outcome, problems, trace_id, created_at)
                values (:tenant, :id, :sha, :message_id, :blob_key, :channel, :from_email, :from_name, :vendor_email, :subject,
                    :received_at, :size, :kind, 'FILED', :problems, :trace_id, :now)""",
                        SqlParams.of("tenant", tx.tenant().value())
                                .and("id", m.id())
                                .and("sha", m.rawSha256())
                                .and("message_id", m.messageId())
                                .and("blob_key", m.blobKey())
                                .and("channel", m.channel().name())
                                .and("from_email", m.fromEmail())
                                .and("from_name", m.fromName())
                                .and("vendor_email", m.vendorEmail())
                                .and("subject", m.subject())
                                .and("received_at", m.receivedAt())
                                .and("size", m.sizeBytes())
                                .and("kind", m.kind().name())
                                .and("problems", new SqlJson(Json.write(m.problems())))
                                .and("trace_id", m.traceId())
                                .and("now", m.createdAt()));
    }

    @Override
    public void insertAttachment(Tx tx, NewAttachment a) {
        SqlTx.of(tx)
                .session()
                .update(
                        """
                insert into attachment (tenant_id, id, inbound_message_id, filename, media_type, kind, size_bytes, sha256, consultant_id,
                    note, created_at)
                values (:tenant, :id, :message, :filename, :media_type, :kind, :size, :sha, :consultant, :note, :now)""",
                        SqlParams.of("tenant", tx.tenant().value())
                                .and("id", a.id())
                                .and("message", a.messageId())
                                .and("filename", a.filename())
                                .and("media_type", a.mediaType())
                                .and("kind", a.kind())
                                .and("size", a.sizeBytes())
                                .and("sha", a.sha256())
                                .and("consultant", a.consultantId())
                                .and("note", a.note())
                                .and("now", a.createdAt()));
    }

    @Override
    public void complete(
            Tx tx,
            UUID id,
            IngestOutcome outcome,
            String reason,
            Map<String, Object> extraction,
            IngestReport report,
            List<UUID> requirementIds,
            List<UUID> consultantIds) {
        SqlTx.of(tx)
                .session()
                .update(
                        """
                update inbound_message set outcome = :outcome, reason = :reason, extraction = :extraction, report = :report,
                    requirement_ids = coalesce(string_to_array(:requirement_ids, ',')::uuid[], '{}'),
                    consultant_ids = coalesce(string_to_array(:consultant_ids, ',')::uuid[], '{}')
                where tenant_id = :tenant and id = :id""",
                        SqlParams.of("tenant", tx.tenant().value())
                                .and("id", id)
                                .and("outcome", outcome.name())
                                .and("reason", reason)
                                .and("extraction", extraction == null ? null : new SqlJson(Json.write(extraction)))
                                .and("report", new SqlJson(Json.write(report)))
                                .and("requirement_ids", csv(requirementIds))
                                .and("consultant_ids", csv(consultantIds)));
    }

    private static String csv(List<UUID> ids) {
        return ids.isEmpty()
                ? null
                : String.join(",", ids.stream().map(UUID::toString).distinct().toList());
    }
}

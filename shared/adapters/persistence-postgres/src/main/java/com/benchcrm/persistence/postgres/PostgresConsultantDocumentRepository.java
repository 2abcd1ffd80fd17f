package com.benchcrm.persistence.postgres;

import com.benchcrm.consultant.document.ConsultantDocument;
import com.benchcrm.consultant.document.ConsultantDocumentRepository;
import com.benchcrm.persistence.Tx;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlParams;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link ConsultantDocumentRepository} over consultant_document (V9). */
final class PostgresConsultantDocumentRepository implements ConsultantDocumentRepository {

    private static final String SELECT = """
            select id, consultant_id, kind, filename, media_type, size_bytes, sha256, blob_key, source, inbound_message_id,
                   created_by, created_at
            from consultant_document
            """;

    @Override
    public Optional<ConsultantDocument> findBySha256(Tx tx, UUID consultantId, String sha256) {
        return SqlTx.of(tx)
                .session()
                .queryOne(
                        SELECT + " where tenant_id = :tenant and consultant_id = :c and sha256 = :sha",
                        SqlParams.of("tenant", tx.tenant().value())
                                .and("c", consultantId)
                                .and("sha", sha256))
                .map(PostgresConsultantDocumentRepository::toDocument);
    }

    @Override
    public void insert(Tx tx, ConsultantDocument d) {
        SqlTx.of(tx)
                .session()
                .update(
                        """
                insert into consultant_document (tenant_id, id, consultant_id, kind, filename, media_type, size_bytes, sha256, blob_key,
                    source, inbound_message_id, created_by, created_at)
                values (:tenant, :id, :consultant_id, :kind, :filename, :media_type, :size_bytes, :sha256, :blob_key, :source,
                    :inbound_message_id, :created_by, :created_at)""",
                        SqlParams.of("tenant", tx.tenant().value())
                                .and("id", d.id())
                                .and("consultant_id", d.consultantId())
                                .and("kind", d.kind())
                                .and("filename", d.filename())
                                .and("media_type", d.mediaType())
                                .and("size_bytes", d.sizeBytes())
                                .and("sha256", d.sha256())
                                .and("blob_key", d.blobKey())
                                .and("source", d.source())
                                .and("inbound_message_id", d.inboundMessageId())
                                .and("created_by", d.createdBy())
                                .and("created_at", d.createdAt()));
    }

    @Override
    public List<ConsultantDocument> list(Tx tx, UUID consultantId) {
        return SqlTx.of(tx)
                .session()
                .query(
                        SELECT + " where tenant_id = :tenant and consultant_id = :c order by id desc",
                        SqlParams.of("tenant", tx.tenant().value()).and("c", consultantId))
                .stream()
                .map(PostgresConsultantDocumentRepository::toDocument)
                .toList();
    }

    @Override
    public Optional<ConsultantDocument> find(Tx tx, UUID consultantId, UUID documentId) {
        return SqlTx.of(tx)
                .session()
                .queryOne(
                        SELECT + " where tenant_id = :tenant and consultant_id = :c and id = :id",
                        SqlParams.of("tenant", tx.tenant().value())
                                .and("c", consultantId)
                                .and("id", documentId))
                .map(PostgresConsultantDocumentRepository::toDocument);
    }

    private static ConsultantDocument toDocument(Row r) {
        return new ConsultantDocument(
                r.uuid("id"),
                r.uuid("consultant_id"),
                r.string("kind"),
                r.string("filename"),
                r.string("media_type"),
                r.longValue("size_bytes"),
                r.string("sha256"),
                r.string("blob_key"),
                r.string("source"),
                r.uuid("inbound_message_id"),
                r.string("created_by"),
                r.instant("created_at"));
    }
}

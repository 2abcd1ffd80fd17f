package com.benchcrm.ingest;

import com.benchcrm.persistence.Tx;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: the record of every inbound message of the {@link Tx}'s tenant, with what became of it, and
 * its attachments. One message per raw content: a second message with the same SHA-256 breaks the
 * unique key {@value #RAW_KEY}.
 */
public interface InboundMessageRepository {

    /** The unique key of the raw content's hash. */
    String RAW_KEY = "inbound_message_raw_key";

    /** A received message, recorded before its outcome is known (outcome FILED until {@link #complete}). */
    record NewMessage(
            UUID id,
            String rawSha256,
            String messageId,
            String blobKey,
            Channel channel,
            String fromEmail,
            String fromName,
            String vendorEmail,
            String subject,
            Instant receivedAt,
            long sizeBytes,
            MailKind kind,
            List<String> problems,
            String traceId,
            Instant createdAt) {

        public NewMessage {
            problems = List.copyOf(problems);
        }
    }

    /** An attachment of a message, and the consultant it became (or why not). */
    record NewAttachment(
            UUID id,
            UUID messageId,
            String filename,
            String mediaType,
            String kind,
            long sizeBytes,
            String sha256,
            UUID consultantId,
            String note,
            Instant createdAt) {}

    /** The report of the first message with this raw content, if it has one. */
    Optional<IngestReport> reportByRawSha256(Tx tx, String sha256);

    /** The report of the first message with this Message-ID, if it has one. */
    Optional<IngestReport> reportByMessageId(Tx tx, String messageId);

    void insert(Tx tx, NewMessage message);

    void insertAttachment(Tx tx, NewAttachment attachment);

    /**
     * Records the outcome: the reason, the extraction facts (null when nothing was extracted), the
     * report, and the requirements and consultants it made or touched.
     */
    void complete(
            Tx tx,
            UUID id,
            IngestOutcome outcome,
            String reason,
            Map<String, Object> extraction,
            IngestReport report,
            List<UUID> requirementIds,
            List<UUID> consultantIds);
}

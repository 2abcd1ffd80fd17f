package com.benchcrm.consultant.document;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.blob.BlobStore;
import com.benchcrm.common.Hashing;
import com.benchcrm.common.Ids;
import com.benchcrm.common.NotFoundException;
import com.benchcrm.consultant.ConsultantRepository;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Permission;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps a consultant's resumes: {@link #store} puts the bytes in the blob store (content-addressed,
 * so a retry or a re-send writes the same object) and then records the document in the tenant's
 * transaction (the same bytes again return the stored document); {@link #download} reads them back.
 *
 * <pre>{@code
 * ConsultantDocument d = documents.store(caller, consultantId, pdfBytes, "application/pdf", "cv.pdf", "IMPORT", null);
 * ConsultantDocuments.Download file = documents.download(caller, consultantId, d.id());
 * }</pre>
 */
public final class ConsultantDocuments {

    /** A document and its bytes. */
    public record Download(ConsultantDocument document, byte[] bytes) {}

    private final Transactions transactions;
    private final ConsultantDocumentRepository repository;
    private final ConsultantRepository consultants;
    private final BlobStore blobs;
    private final AuditLog audit;
    private final Ids ids;
    private final Clock clock;

    public ConsultantDocuments(
            Transactions transactions,
            ConsultantDocumentRepository repository,
            ConsultantRepository consultants,
            BlobStore blobs,
            AuditLog audit,
            Ids ids,
            Clock clock) {
        this.transactions = transactions;
        this.repository = repository;
        this.consultants = consultants;
        this.blobs = blobs;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    /** Stores the bytes as the consultant's resume (once per distinct content) and returns the document. */
    public ConsultantDocument store(
            Caller caller,
            UUID consultantId,
            byte[] bytes,
            String mediaType,
            String filename,
            String source,
            UUID inboundMessageId) {
        caller.require(Permission.CONSULTANT_WRITE);
        String sha = Hashing.sha256(bytes);
        String key = "documents/" + caller.tenant() + "/" + consultantId + "/" + sha;
        blobs.put(key, bytes);
        return transactions.inTenant(caller.tenant(), tx -> {
            if (consultants.find(tx, consultantId).isEmpty()) {
                throw new NotFoundException("consultant", consultantId);
            }
            var existing = repository.findBySha256(tx, consultantId, sha);
            if (existing.isPresent()) {
                return existing.get();
            }
            ConsultantDocument d = new ConsultantDocument(
                    ids.next(),
                    consultantId,
                    "RESUME",
                    cut(filename),
                    mediaType == null ? "application/octet-stream" : mediaType,
                    bytes.length,
                    sha,
                    key,
                    source,
                    inboundMessageId,
                    caller.userId(),
                    clock.instant().truncatedTo(ChronoUnit.MICROS));
            repository.insert(tx, d);
            audit.record(
                    tx,
                    caller,
                    "consultant.document-added",
                    "consultant",
                    consultantId,
                    null,
                    null,
                    Map.of("documentId", d.id().toString(), "sha256", sha, "source", source));
            return d;
        });
    }

    public List<ConsultantDocument> list(Caller caller, UUID consultantId) {
        caller.require(Permission.CONSULTANT_READ);
        return transactions.inTenant(caller.tenant(), tx -> {
            if (consultants.find(tx, consultantId).isEmpty()) {
                throw new NotFoundException("consultant", consultantId);
            }
            return repository.list(tx, consultantId);
        });
    }

    /** The document's bytes; 404 when the tenant has no such consultant or document (or the bytes are gone). */
    public Download download(Caller caller, UUID consultantId, UUID documentId) {
        caller.require(Permission.CONSULTANT_READ);
        ConsultantDocument d = transactions
                .inTenant(caller.tenant(), tx -> repository.find(tx, consultantId, documentId))
                .orElseThrow(() -> new NotFoundException("document", documentId));
        byte[] bytes = blobs.get(d.blobKey()).orElseThrow(() -> new NotFoundException("document", documentId));
        return new Download(d, bytes);
    }

    private static String cut(String s) {
        return s == null ? null : s.length() <= 255 ? s : s.substring(0, 255);
    }
}

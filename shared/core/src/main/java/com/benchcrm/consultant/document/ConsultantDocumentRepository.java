package com.benchcrm.consultant.document;

import com.benchcrm.persistence.Tx;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the tenant's consultant documents; one per consultant and SHA-256 ({@code consultant_document_sha256_key}). */
public interface ConsultantDocumentRepository {

    /** The consultant's document with these bytes, if stored. */
    Optional<ConsultantDocument> findBySha256(Tx tx, UUID consultantId, String sha256);

    void insert(Tx tx, ConsultantDocument document);

    /** The consultant's documents, newest first. */
    List<ConsultantDocument> list(Tx tx, UUID consultantId);

    Optional<ConsultantDocument> find(Tx tx, UUID consultantId, UUID documentId);
}

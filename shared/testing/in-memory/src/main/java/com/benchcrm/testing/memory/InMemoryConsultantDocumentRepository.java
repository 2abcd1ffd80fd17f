package com.benchcrm.testing.memory;

import com.benchcrm.consultant.document.ConsultantDocument;
import com.benchcrm.consultant.document.ConsultantDocumentRepository;
import com.benchcrm.persistence.DuplicateKeyException;
import com.benchcrm.persistence.Tx;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link ConsultantDocumentRepository} in memory, one document per consultant and SHA-256. */
public final class InMemoryConsultantDocumentRepository implements ConsultantDocumentRepository {

    private final Table<UUID, ConsultantDocument> rows;

    InMemoryConsultantDocumentRepository(InMemoryTransactions store) {
        this.rows = store.table(Uuids.ORDER);
    }

    @Override
    public Optional<ConsultantDocument> findBySha256(Tx tx, UUID consultantId, String sha256) {
        return rows.rows(tx).values().stream()
                .filter(d -> d.consultantId().equals(consultantId) && d.sha256().equals(sha256))
                .findFirst();
    }

    @Override
    public void insert(Tx tx, ConsultantDocument d) {
        if (findBySha256(tx, d.consultantId(), d.sha256()).isPresent()) {
            throw new DuplicateKeyException("consultant_document_sha256_key");
        }
        rows.rows(tx).put(d.id(), d);
    }

    @Override
    public List<ConsultantDocument> list(Tx tx, UUID consultantId) {
        return rows.rows(tx).descendingMap().values().stream()
                .filter(d -> d.consultantId().equals(consultantId))
                .toList();
    }

    @Override
    public Optional<ConsultantDocument> find(Tx tx, UUID consultantId, UUID documentId) {
        return Optional.ofNullable(rows.rows(tx).get(documentId))
                .filter(d -> d.consultantId().equals(consultantId));
    }

    /** A deleted consultant takes its documents with it (the schema's {@code on delete cascade}). */
    void consultantDeleted(Tx tx, UUID consultantId) {
        rows.rows(tx).values().removeIf(d -> d.consultantId().equals(consultantId));
    }
}

package com.benchcrm.testing.memory;

import com.benchcrm.ingest.InboundMessageRepository;
import com.benchcrm.ingest.IngestOutcome;
import com.benchcrm.ingest.IngestReport;
import com.benchcrm.persistence.DuplicateKeyException;
import com.benchcrm.persistence.Tx;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** {@link InboundMessageRepository} in memory: one message per raw content, reports kept as the records they are. */
public final class InMemoryInboundMessageRepository implements InboundMessageRepository {

    /** A stored message with its outcome (FILED and no report until completed). */
    public record Stored(
            NewMessage message,
            IngestOutcome outcome,
            String reason,
            Map<String, Object> extraction,
            IngestReport report,
            List<UUID> requirementIds,
            List<UUID> consultantIds) {}

    private final Table<UUID, Stored> messages;
    private final Table<UUID, NewAttachment> attachments;

    InMemoryInboundMessageRepository(InMemoryTransactions store, InMemoryConsultantRepository consultants) {
        this.messages = store.table(Uuids.ORDER);
        this.attachments = store.table(Uuids.ORDER);
        consultants.onDelete((tx, consultantId) -> attachments
                .rows(tx)
                .replaceAll((id, a) -> consultantId.equals(a.consultantId())
                        ? new NewAttachment(
                                a.id(),
                                a.messageId(),
                                a.filename(),
                                a.mediaType(),
                                a.kind(),
                                a.sizeBytes(),
                                a.sha256(),
                                null,
                                a.note(),
                                a.createdAt())
                        : a));
    }

    @Override
    public Optional<IngestReport> reportByRawSha256(Tx tx, String sha256) {
        return first(tx, m -> m.rawSha256().equals(sha256));
    }

    @Override
    public Optional<IngestReport> reportByMessageId(Tx tx, String messageId) {
        return first(tx, m -> Objects.equals(m.messageId(), messageId));
    }

    private Optional<IngestReport> first(Tx tx, java.util.function.Predicate<NewMessage> which) {
        return messages.rows(tx).values().stream()
                .filter(s -> which.test(s.message()))
                .findFirst()
                .map(Stored::report);
    }

    @Override
    public void insert(Tx tx, NewMessage m) {
        Map<UUID, Stored> all = messages.rows(tx);
        if (all.values().stream().anyMatch(s -> s.message().rawSha256().equals(m.rawSha256()))) {
            throw new DuplicateKeyException(RAW_KEY);
        }
        all.put(m.id(), new Stored(m, IngestOutcome.FILED, null, null, null, List.of(), List.of()));
    }

    @Override
    public void insertAttachment(Tx tx, NewAttachment a) {
        attachments.rows(tx).put(a.id(), a);
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
        messages.rows(tx)
                .computeIfPresent(
                        id,
                        (k, s) -> new Stored(
                                s.message(),
                                outcome,
                                reason,
                                extraction,
                                report,
                                requirementIds.stream().distinct().toList(),
                                consultantIds.stream().distinct().toList()));
    }

    /** The transaction's tenant's messages, oldest first (for tests). */
    public List<Stored> all(Tx tx) {
        return List.copyOf(messages.rows(tx).values());
    }

    /** The attachments of a message (for tests). */
    public List<NewAttachment> attachments(Tx tx, UUID messageId) {
        return attachments.rows(tx).values().stream()
                .filter(a -> a.messageId().equals(messageId))
                .toList();
    }
}

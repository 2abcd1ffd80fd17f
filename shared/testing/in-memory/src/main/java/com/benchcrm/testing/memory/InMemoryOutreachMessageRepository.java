package com.benchcrm.testing.memory;

import com.benchcrm.marketing.OutreachMessage;
import com.benchcrm.marketing.OutreachMessageRepository;
import com.benchcrm.persistence.Tx;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link OutreachMessageRepository} in memory, unique per (draft, recipient) as the schema keys it. */
public final class InMemoryOutreachMessageRepository implements OutreachMessageRepository {

    private final Table<UUID, OutreachMessage> rows;

    InMemoryOutreachMessageRepository(InMemoryTransactions store) {
        this.rows = store.table(Uuids.ORDER);
    }

    @Override
    public boolean insertIfAbsent(Tx tx, OutreachMessage m) {
        var all = rows.rows(tx);
        boolean taken = all.values().stream()
                .anyMatch(o -> o.draftId().equals(m.draftId()) && o.recipient().equals(m.recipient()));
        if (taken) {
            return false;
        }
        all.put(m.id(), m);
        return true;
    }

    @Override
    public int insertAllIfAbsent(Tx tx, List<OutreachMessage> messages) {
        int n = 0;
        for (OutreachMessage m : messages) {
            n += insertIfAbsent(tx, m) ? 1 : 0;
        }
        return n;
    }

    @Override
    public Optional<OutreachMessage> find(Tx tx, UUID id) {
        return Optional.ofNullable(rows.rows(tx).get(id));
    }

    @Override
    public Optional<OutreachMessage> findForUpdate(Tx tx, UUID id) {
        return find(tx, id);
    }

    @Override
    public Optional<OutreachMessage> findByMessageId(Tx tx, String messageId) {
        return rows.rows(tx).values().stream()
                .filter(m -> m.messageId().equals(messageId))
                .findFirst();
    }

    @Override
    public int countQueuedSince(Tx tx, Instant since) {
        return (int) rows.rows(tx).values().stream()
                .filter(m -> !m.queuedAt().isBefore(since) && m.status() != OutreachMessage.Status.SUPPRESSED)
                .count();
    }

    @Override
    public List<OutreachMessage> listByDraft(Tx tx, UUID draftId, Optional<OutreachMessage.Status> status) {
        return rows.rows(tx).values().stream()
                .filter(m -> m.draftId().equals(draftId) && (status.isEmpty() || m.status() == status.get()))
                .toList();
    }

    @Override
    public List<OutreachMessage> listByDraftPage(
            Tx tx, UUID draftId, Optional<OutreachMessage.Status> status, Optional<UUID> after, int limit) {
        var all = rows.rows(tx);
        var view = after.isPresent() ? all.tailMap(after.get(), false) : all;
        return view.values().stream()
                .filter(m -> m.draftId().equals(draftId) && (status.isEmpty() || m.status() == status.get()))
                .limit(limit)
                .toList();
    }

    @Override
    public List<OutreachMessage> listSent(Tx tx, Optional<UUID> before, int limit) {
        var all = rows.rows(tx);
        var view = before.isPresent() ? all.headMap(before.get(), false) : all;
        return view.descendingMap().values().stream()
                .filter(m -> m.status() == OutreachMessage.Status.SENT)
                .limit(limit)
                .toList();
    }

    @Override
    public void updateOutcome(
            Tx tx, UUID id, OutreachMessage.Status status, String detail, Instant sentAt, String location) {
        rows.rows(tx)
                .computeIfPresent(
                        id,
                        (k, m) -> new OutreachMessage(
                                m.id(),
                                m.draftId(),
                                m.recipient(),
                                m.contactId(),
                                m.messageId(),
                                status,
                                detail,
                                m.queuedAt(),
                                sentAt,
                                location));
    }

    @Override
    public List<UUID> listQueuedBetween(Tx tx, java.time.Instant from, java.time.Instant to, int limit) {
        return rows.rows(tx).values().stream()
                .filter(m -> m.status() == OutreachMessage.Status.QUEUED
                        && !m.queuedAt().isBefore(from)
                        && m.queuedAt().isBefore(to))
                .sorted(java.util.Comparator.comparing(OutreachMessage::queuedAt)
                        .thenComparing(OutreachMessage::id, Uuids.ORDER))
                .limit(limit)
                .map(OutreachMessage::id)
                .toList();
    }

    @Override
    public List<com.benchcrm.tenancy.TenantId> activeTenants(Tx tx) {
        return List.copyOf(rows.allTenants(tx).keySet());
    }
}

package com.benchcrm.testing.memory;

import com.benchcrm.marketing.OutreachDraft;
import com.benchcrm.marketing.OutreachDraftRepository;
import com.benchcrm.persistence.DuplicateKeyException;
import com.benchcrm.persistence.Tx;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link OutreachDraftRepository} in memory. */
public final class InMemoryOutreachDraftRepository implements OutreachDraftRepository {

    private final Table<UUID, OutreachDraft> rows;

    InMemoryOutreachDraftRepository(InMemoryTransactions store) {
        this.rows = store.table(Uuids.ORDER);
    }

    @Override
    public void insert(Tx tx, OutreachDraft d) {
        if (rows.rows(tx).putIfAbsent(d.id(), d) != null) {
            throw new DuplicateKeyException("outreach_draft_pkey");
        }
    }

    @Override
    public Optional<OutreachDraft> find(Tx tx, UUID id) {
        return Optional.ofNullable(rows.rows(tx).get(id));
    }

    @Override
    public Optional<OutreachDraft> findForUpdate(Tx tx, UUID id) {
        return find(tx, id);
    }

    @Override
    public List<OutreachDraft> list(Tx tx, Optional<OutreachDraft.Status> status, Optional<UUID> before, int limit) {
        var all = rows.rows(tx);
        var view = before.isPresent() ? all.headMap(before.get(), false) : all;
        return view.descendingMap().values().stream()
                .filter(d -> status.isEmpty() || d.status() == status.get())
                .limit(limit)
                .toList();
    }

    @Override
    public void updateStatus(Tx tx, OutreachDraft d) {
        rows.rows(tx)
                .computeIfPresent(
                        d.id(),
                        (id, old) -> new OutreachDraft(
                                old.id(),
                                old.kind(),
                                old.hotListId(),
                                old.distributionListId(),
                                old.submissionId(),
                                old.contactId(),
                                old.subject(),
                                old.bodyText(),
                                old.bodyHtml(),
                                old.generator(),
                                d.status(),
                                d.approvedBy(),
                                d.approvedAt(),
                                old.createdBy(),
                                d.version(),
                                old.createdAt(),
                                d.updatedAt(),
                                old.rtrId(),
                                old.attachmentName(),
                                old.generatorNote(),
                                old.editedBy(),
                                old.editedAt()));
    }

    @Override
    public void updateText(Tx tx, OutreachDraft d) {
        rows.rows(tx)
                .computeIfPresent(
                        d.id(),
                        (id, old) -> old.status() != OutreachDraft.Status.DRAFT
                                ? old
                                : new OutreachDraft(
                                        old.id(),
                                        old.kind(),
                                        old.hotListId(),
                                        old.distributionListId(),
                                        old.submissionId(),
                                        old.contactId(),
                                        d.subject(),
                                        d.bodyText(),
                                        d.bodyHtml(),
                                        old.generator(),
                                        old.status(),
                                        old.approvedBy(),
                                        old.approvedAt(),
                                        old.createdBy(),
                                        d.version(),
                                        old.createdAt(),
                                        d.updatedAt(),
                                        old.rtrId(),
                                        old.attachmentName(),
                                        old.generatorNote(),
                                        d.editedBy(),
                                        d.editedAt()));
    }
}

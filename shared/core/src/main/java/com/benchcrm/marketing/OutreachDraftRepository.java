package com.benchcrm.marketing;

import com.benchcrm.persistence.Tx;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the tenant's outreach drafts. */
public interface OutreachDraftRepository {

    void insert(Tx tx, OutreachDraft draft);

    Optional<OutreachDraft> find(Tx tx, UUID id);

    /** Reads a draft and keeps it locked against concurrent approvals until the transaction ends. */
    Optional<OutreachDraft> findForUpdate(Tx tx, UUID id);

    /** Up to {@code limit} drafts with ids below {@code before}, newest first, in {@code status} when given. */
    List<OutreachDraft> list(Tx tx, Optional<OutreachDraft.Status> status, Optional<UUID> before, int limit);

    /** Stores the draft's status, approval and version (the text is never changed by this). */
    void updateStatus(Tx tx, OutreachDraft draft);

    /** Stores an edit of a draft (ADR 0105): its subject, bodies, version, update time and edit marker. */
    void updateText(Tx tx, OutreachDraft draft);
}

package com.benchcrm.consultant;

import com.benchcrm.persistence.Tx;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the pending changes of the {@link Tx}'s tenant's consultants; deleting a consultant deletes its changes. */
public interface PendingChangeRepository {

    void insert(Tx tx, PendingChange change);

    /** The change of that consultant, locked until the transaction ends. */
    Optional<PendingChange> lock(Tx tx, UUID consultantId, UUID changeId);

    /** The consultant's changes, newest first (at most {@code limit}). */
    List<PendingChange> list(Tx tx, UUID consultantId, int limit);

    /** Records the decision on a pending change; false when it was decided already. */
    boolean decide(Tx tx, UUID changeId, PendingChangeStatus status, String by, Instant at, String reason);
}

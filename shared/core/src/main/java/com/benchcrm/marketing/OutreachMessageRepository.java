package com.benchcrm.marketing;

import com.benchcrm.persistence.Tx;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the per-recipient sends of approved drafts; unique per (draft, recipient) and per Message-ID. */
public interface OutreachMessageRepository {

    /** Stores the message unless one for its draft and recipient exists; true when stored. */
    boolean insertIfAbsent(Tx tx, OutreachMessage message);

    /** Stores many at once (a list send), skipping those whose draft and recipient exist; how many were stored. */
    int insertAllIfAbsent(Tx tx, List<OutreachMessage> messages);

    Optional<OutreachMessage> find(Tx tx, UUID id);

    /** Reads a message and keeps it locked until the transaction ends (one sender at a time). */
    Optional<OutreachMessage> findForUpdate(Tx tx, UUID id);

    Optional<OutreachMessage> findByMessageId(Tx tx, String messageId);

    /** How many messages were queued at or after {@code since} (the daily cap counts them). */
    int countQueuedSince(Tx tx, Instant since);

    /** The messages of a draft in {@code status} (all when empty), in id order. */
    List<OutreachMessage> listByDraft(Tx tx, UUID draftId, Optional<OutreachMessage.Status> status);

    /**
     * Up to {@code limit} messages of a draft in {@code status} (all when empty) with ids above {@code after}, in id
     * order (one page of the draft's recipients; a list send can have thousands).
     */
    List<OutreachMessage> listByDraftPage(
            Tx tx, UUID draftId, Optional<OutreachMessage.Status> status, Optional<UUID> after, int limit);

    /** Up to {@code limit} sent messages with ids below {@code before}, newest first. */
    List<OutreachMessage> listSent(Tx tx, Optional<UUID> before, int limit);

    /** Records the outcome of a send attempt: its status, detail, when and where. */
    void updateOutcome(Tx tx, UUID id, OutreachMessage.Status status, String detail, Instant sentAt, String location);

    /**
     * The ids of the tenant's messages still {@code QUEUED} that were queued in [{@code from}, {@code to}), oldest
     * first, at most {@code limit} (the sweep's candidates, ADR 0095).
     */
    List<UUID> listQueuedBetween(Tx tx, Instant from, Instant to, int limit);

    /** Every active tenant: the sweep's outer loop, outside any tenant's transaction. */
    List<com.benchcrm.tenancy.TenantId> activeTenants(Tx tx);
}

package com.benchcrm.idempotency;

import com.benchcrm.persistence.Tx;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: the idempotency keys of the {@link Tx}'s tenant, each belonging to one user. A claim holds
 * the key until the claiming transaction ends: a concurrent claim of the same user's key waits for it
 * (PostgreSQL: the inserted row's lock; in memory: the transaction lock), then sees the stored key.
 */
public interface IdempotencyRepository {

    /** A stored key: the fingerprint of the request that claimed it and its result (null until completed). */
    record StoredKey(String requestHash, String responseJson) {
    }

    /**
     * Inserts the user's key unless it exists; a key created before {@code expiredBefore} is expired
     * and is taken over as new. True when this call claimed it.
     */
    boolean claim(Tx tx, String user, IdempotencyKey key, String operation, String requestHash, Instant now, Instant expiredBefore);

    Optional<StoredKey> find(Tx tx, String user, IdempotencyKey key);

    /** Stores the result of the request that claimed the key. */
    void complete(Tx tx, String user, IdempotencyKey key, UUID entityId, String responseJson);
}

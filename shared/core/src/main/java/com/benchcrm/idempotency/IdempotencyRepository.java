package com.benchcrm.idempotency;

import com.benchcrm.persistence.Tx;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: the idempotency keys of the {@link Tx}'s tenant. A claim holds the key until the claiming
 * transaction ends: a concurrent claim of the same key waits for it (PostgreSQL: the inserted row's
 * lock; in memory: the transaction lock), then sees the stored key.
 */
public interface IdempotencyRepository {

    /** A stored key: the fingerprint of the request that claimed it and its result (null until completed). */
    record StoredKey(String requestHash, String responseJson) {
    }

    /** Inserts the key unless it exists; true when this call inserted it. */
    boolean claim(Tx tx, IdempotencyKey key, String operation, String requestHash, Instant now);

    Optional<StoredKey> find(Tx tx, IdempotencyKey key);

    /** Stores the result of the request that claimed the key. */
    void complete(Tx tx, IdempotencyKey key, UUID entityId, String responseJson);
}

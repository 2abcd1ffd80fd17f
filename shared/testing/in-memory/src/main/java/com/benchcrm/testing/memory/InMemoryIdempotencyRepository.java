package com.benchcrm.testing.memory;

import com.benchcrm.idempotency.IdempotencyKey;
import com.benchcrm.idempotency.IdempotencyRepository;
import com.benchcrm.persistence.Tx;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** {@link IdempotencyRepository} in memory, keyed by user and key; the store's transaction lock serializes claims of one key. */
public final class InMemoryIdempotencyRepository implements IdempotencyRepository {

    record Row(String operation, String requestHash, Instant createdAt, UUID entityId, String responseJson) {
    }

    private final Table<String, Row> rows;

    InMemoryIdempotencyRepository(InMemoryTransactions store) {
        this.rows = store.table(String::compareTo);
    }

    @Override
    public boolean claim(Tx tx, String user, IdempotencyKey key, String operation, String requestHash, Instant now, Instant expiredBefore) {
        String id = id(user, key);
        Row existing = rows.rows(tx).get(id);
        if (existing != null && !existing.createdAt().isBefore(expiredBefore)) {
            return false;
        }
        rows.rows(tx).put(id, new Row(operation, requestHash, now, null, null));
        return true;
    }

    @Override
    public Optional<StoredKey> find(Tx tx, String user, IdempotencyKey key) {
        return Optional.ofNullable(rows.rows(tx).get(id(user, key))).map(r -> new StoredKey(r.requestHash(), r.responseJson()));
    }

    @Override
    public void complete(Tx tx, String user, IdempotencyKey key, UUID entityId, String responseJson) {
        rows.rows(tx).computeIfPresent(id(user, key), (k, r) -> new Row(r.operation(), r.requestHash(), r.createdAt(), entityId, responseJson));
    }

    private static String id(String user, IdempotencyKey key) {
        return user + "\u0000" + key.value();
    }
}

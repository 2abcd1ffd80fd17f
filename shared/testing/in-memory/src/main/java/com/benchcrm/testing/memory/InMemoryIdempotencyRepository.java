package com.benchcrm.testing.memory;

import com.benchcrm.idempotency.IdempotencyKey;
import com.benchcrm.idempotency.IdempotencyRepository;
import com.benchcrm.persistence.Tx;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** {@link IdempotencyRepository} in memory; the store's transaction lock serializes claims of one key. */
public final class InMemoryIdempotencyRepository implements IdempotencyRepository {

    record Row(String operation, String requestHash, Instant createdAt, UUID entityId, String responseJson) {
    }

    private final Table<String, Row> rows;

    InMemoryIdempotencyRepository(InMemoryTransactions store) {
        this.rows = store.table(String::compareTo);
    }

    @Override
    public boolean claim(Tx tx, IdempotencyKey key, String operation, String requestHash, Instant now) {
        return rows.rows(tx).putIfAbsent(key.value(), new Row(operation, requestHash, now, null, null)) == null;
    }

    @Override
    public Optional<StoredKey> find(Tx tx, IdempotencyKey key) {
        return Optional.ofNullable(rows.rows(tx).get(key.value())).map(r -> new StoredKey(r.requestHash(), r.responseJson()));
    }

    @Override
    public void complete(Tx tx, IdempotencyKey key, UUID entityId, String responseJson) {
        rows.rows(tx).computeIfPresent(key.value(), (k, r) -> new Row(r.operation(), r.requestHash(), r.createdAt(), entityId, responseJson));
    }
}

package com.benchcrm.idempotency;

import com.benchcrm.common.ConflictException;
import com.benchcrm.common.Hashing;
import com.benchcrm.persistence.Tx;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Claims and completes idempotency keys inside the transaction of the write they protect.
 *
 * <p>A claim stores the key; a concurrent request with the same key waits until the first
 * transaction ends, then finds the stored result (commit) or claims the key itself (rollback).
 * Nothing is stored for a request that failed.
 *
 * <pre>{@code
 * Optional<String> replay = idempotency.claim(tx, key, "consultant.create", input);
 * if (replay.isPresent()) return replay;          // same body: the first result
 * ... create ...
 * idempotency.complete(tx, key, id, resultJson);
 * }</pre>
 */
public final class Idempotency {

    private final IdempotencyRepository repository;
    private final Clock clock;

    public Idempotency(IdempotencyRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Claims the key for this request, or returns the stored result of the first request with it.
     *
     * @throws ConflictException when the key was used for a different operation or body
     */
    public Optional<String> claim(Tx tx, IdempotencyKey key, String operation, Object request) {
        String fingerprint = Hashing.sha256(operation + "\n" + Hashing.canonicalSha256(request));
        if (repository.claim(tx, key, operation, fingerprint, clock.instant())) {
            return Optional.empty();
        }
        IdempotencyRepository.StoredKey existing = repository.find(tx, key)
                .orElseThrow(() -> new IllegalStateException("idempotency key vanished"));
        if (!fingerprint.equals(existing.requestHash())) {
            throw new ConflictException("idempotency-key-reused",
                    "this Idempotency-Key was already used with a different request; use a new key for a new request");
        }
        return Optional.of(existing.responseJson());
    }

    public void complete(Tx tx, IdempotencyKey key, UUID entityId, String resultJson) {
        repository.complete(tx, key, entityId, resultJson);
    }
}

package com.benchcrm.idempotency;

import com.benchcrm.common.ConflictException;
import com.benchcrm.common.Hashing;
import com.benchcrm.persistence.Tx;
import com.benchcrm.security.Caller;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Claims and completes idempotency keys inside the transaction of the write they protect.
 *
 * <p>A key belongs to the user who sent it (tenant and user): the same key from another user of the
 * tenant is another key, so a stored response is only ever replayed to the user it was made for. A
 * key lives {@code ttl} (default 24 h): after that the next request with it is a new request, and the
 * scheduled purge removes it (the tenant's {@code idempotencyHours} retention).
 *
 * <p>A claim stores the key; a concurrent request with the same key waits until the first
 * transaction ends, then finds the stored result (commit) or claims the key itself (rollback).
 * Nothing is stored for a request that failed.
 *
 * <pre>{@code
 * Optional<String> replay = idempotency.claim(tx, caller, key, "consultant.create", input);
 * if (replay.isPresent()) return replay;          // same user, same body, within the TTL: the first result
 * ... create ...
 * idempotency.complete(tx, caller, key, id, resultJson);
 * }</pre>
 */
public final class Idempotency {

    public static final Duration DEFAULT_TTL = Duration.ofHours(24);

    private final IdempotencyRepository repository;
    private final Clock clock;
    private final Duration ttl;

    public Idempotency(IdempotencyRepository repository, Clock clock) {
        this(repository, clock, DEFAULT_TTL);
    }

    public Idempotency(IdempotencyRepository repository, Clock clock, Duration ttl) {
        this.repository = repository;
        this.clock = clock;
        this.ttl = ttl;
    }

    /**
     * Claims the key for this request of {@code caller}, or returns the stored result of that user's
     * first request with it (within the TTL).
     *
     * @throws ConflictException when the user used the key for a different operation or body
     */
    public Optional<String> claim(Tx tx, Caller caller, IdempotencyKey key, String operation, Object request) {
        return claim(tx, caller.userId(), key, operation, request);
    }

    public void complete(Tx tx, Caller caller, IdempotencyKey key, UUID entityId, String resultJson) {
        repository.complete(tx, caller.userId(), key, entityId, resultJson);
    }

    private Optional<String> claim(Tx tx, String user, IdempotencyKey key, String operation, Object request) {
        String fingerprint = Hashing.sha256(operation + "\n" + Hashing.canonicalSha256(request));
        java.time.Instant now = clock.instant();
        if (repository.claim(tx, user, key, operation, fingerprint, now, now.minus(ttl))) {
            return Optional.empty();
        }
        IdempotencyRepository.StoredKey existing = repository.find(tx, user, key)
                .orElseThrow(() -> new IllegalStateException("idempotency key vanished"));
        if (!fingerprint.equals(existing.requestHash())) {
            throw new ConflictException("idempotency-key-reused",
                    "this Idempotency-Key was already used with a different request; use a new key for a new request");
        }
        return Optional.of(existing.responseJson());
    }
}

package com.benchcrm.idempotency;

import com.benchcrm.common.ConflictException;
import com.benchcrm.common.Hashing;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.sql.SqlSession;
import com.benchcrm.tenancy.TenantId;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Claims and completes idempotency keys inside the transaction of the write they protect.
 *
 * <p>A claim inserts the key row; a concurrent request with the same key blocks on that row until
 * the first transaction ends, then finds the stored result (commit) or claims the key itself
 * (rollback). Nothing is stored for a request that failed.
 *
 * <pre>{@code
 * Optional<String> replay = idempotency.claim(s, tenant, key, "consultant.create", input);
 * if (replay.isPresent()) return replay;          // same body: the first result
 * ... create ...
 * idempotency.complete(s, tenant, key, id, resultJson);
 * }</pre>
 */
public final class Idempotency {

    private final Clock clock;

    public Idempotency(Clock clock) {
        this.clock = clock;
    }

    /**
     * Claims the key for this request, or returns the stored result of the first request with it.
     *
     * @throws ConflictException when the key was used for a different operation or body
     */
    public Optional<String> claim(SqlSession s, TenantId tenant, IdempotencyKey key, String operation, Object request) {
        String fingerprint = Hashing.sha256(operation + "\n" + Hashing.canonicalSha256(request));
        SqlParams params = SqlParams.of("tenant", tenant.value()).and("key", key.value());
        long inserted = s.update("""
                insert into idempotency_key (tenant_id, idem_key, operation, request_hash, created_at)
                values (:tenant, :key, :operation, :hash, :now)
                on conflict (tenant_id, idem_key) do nothing""",
                params.and("operation", operation).and("hash", fingerprint).and("now", clock.instant()));
        if (inserted == 1) {
            return Optional.empty();
        }
        Row existing = s.queryOne("""
                select request_hash, response_json from idempotency_key
                where tenant_id = :tenant and idem_key = :key""", params)
                .orElseThrow(() -> new IllegalStateException("idempotency key vanished"));
        if (!fingerprint.equals(existing.string("request_hash"))) {
            throw new ConflictException("idempotency-key-reused",
                    "this Idempotency-Key was already used with a different request; use a new key for a new request");
        }
        return Optional.of(existing.string("response_json"));
    }

    public void complete(SqlSession s, TenantId tenant, IdempotencyKey key, UUID entityId, String resultJson) {
        s.update("""
                update idempotency_key set entity_id = :entity_id, response_json = :result
                where tenant_id = :tenant and idem_key = :key""",
                SqlParams.of("tenant", tenant.value()).and("key", key.value())
                        .and("entity_id", entityId).and("result", resultJson));
    }
}

package com.benchcrm.persistence.postgres;

import com.benchcrm.idempotency.IdempotencyKey;
import com.benchcrm.idempotency.IdempotencyRepository;
import com.benchcrm.persistence.Tx;
import com.benchcrm.sql.SqlParams;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link IdempotencyRepository} over the idempotency_key table, keyed by tenant, user and key. A
 * concurrent claim of the same key blocks on the inserted row until the first transaction ends; an
 * expired key is taken over in place ({@code on conflict ... do update ... where created_at < :expired}).
 */
final class PostgresIdempotencyRepository implements IdempotencyRepository {

    @Override
    public boolean claim(Tx tx, String user, IdempotencyKey key, String operation, String requestHash, Instant now, Instant expiredBefore) {
        return SqlTx.of(tx).session().update("""
                insert into idempotency_key (tenant_id, user_id, idem_key, operation, request_hash, created_at)
                values (:tenant, :user, :key, :operation, :hash, :now)
                on conflict (tenant_id, user_id, idem_key) do update
                  set operation = excluded.operation, request_hash = excluded.request_hash, created_at = excluded.created_at,
                      entity_id = null, response_json = null
                  where idempotency_key.created_at < :expired""",
                SqlParams.of("tenant", tx.tenant().value()).and("user", user).and("key", key.value())
                        .and("operation", operation).and("hash", requestHash).and("now", now).and("expired", expiredBefore)) == 1;
    }

    @Override
    public Optional<StoredKey> find(Tx tx, String user, IdempotencyKey key) {
        return SqlTx.of(tx).session().queryOne("""
                select request_hash, response_json from idempotency_key
                where tenant_id = :tenant and user_id = :user and idem_key = :key""",
                SqlParams.of("tenant", tx.tenant().value()).and("user", user).and("key", key.value()))
                .map(r -> new StoredKey(r.string("request_hash"), r.string("response_json")));
    }

    @Override
    public void complete(Tx tx, String user, IdempotencyKey key, UUID entityId, String responseJson) {
        SqlTx.of(tx).session().update("""
                update idempotency_key set entity_id = :entity_id, response_json = :result
                where tenant_id = :tenant and user_id = :user and idem_key = :key""",
                SqlParams.of("tenant", tx.tenant().value()).and("user", user).and("key", key.value())
                        .and("entity_id", entityId).and("result", responseJson));
    }
}

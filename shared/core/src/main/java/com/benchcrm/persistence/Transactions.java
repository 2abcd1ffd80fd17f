package com.benchcrm.persistence;

import com.benchcrm.tenancy.TenantId;
import java.util.function.Function;

/**
 * Port: runs a unit of work in one transaction. Everything the work writes through repositories
 * commits together, or nothing does when it throws.
 *
 * <pre>{@code
 * Consultant c = transactions.inTenant(caller.tenant(), tx -> {
 *     consultants.insert(tx, id, input, now);                  // a repository port, no SQL here
 *     audit.record(tx, caller, "consultant.created", ...);     // same transaction
 *     return consultants.find(tx, id).orElseThrow();
 * });
 * }</pre>
 *
 * <p>The work may run more than once when the database reports a serialization failure or a
 * deadlock, so it must have no side effects outside the transaction (no HTTP calls, no queue sends).
 * Implementations: {@code SqlTransactions} in {@code benchcrm-persistence-postgres} (PostgreSQL over
 * either SQL transport, the tenant set with {@code set_config('app.tenant_id', ...)} for row-level
 * security) and {@code InMemoryTransactions} in {@code benchcrm-test-fixtures}.
 */
public interface Transactions {

    /**
     * Runs {@code work} in a transaction of {@code tenant}: repositories see and write that
     * tenant's rows only.
     *
     * @throws TenantRequiredException when {@code tenant} is null: tenancy fails closed
     * @throws DuplicateKeyException   when a write broke a unique key (the transaction rolled back)
     */
    <T> T inTenant(TenantId tenant, Function<Tx, T> work);

    /**
     * Runs {@code work} in a transaction with no tenant: for the few cross-tenant operations that
     * go through definer functions (tenant directory, outbox relay, timer re-arm) and health checks.
     * {@link Tx#tenant()} throws inside it.
     */
    <T> T withoutTenant(Function<Tx, T> work);
}

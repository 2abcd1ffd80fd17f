package com.benchcrm.sql;

import com.benchcrm.tenancy.TenantId;

/**
 * Port: runs units of work in PostgreSQL transactions scoped to one tenant.
 *
 * <pre>{@code
 * Optional<Row> row = sql.inTenant(tenant, s -> s.queryOne(
 *         "select id, full_name from consultant where id = :id", SqlParams.of("id", id)));
 * }</pre>
 *
 * <p>The work may run more than once when the database reports a serialization failure or a
 * deadlock, so it must not have side effects outside the transaction.
 */
public interface SqlPort {

    /**
     * Runs {@code work} in one transaction whose first statement sets {@code app.tenant_id}.
     *
     * @throws TenantNotSetException when {@code tenant} is null: the port fails closed
     */
    <T> T inTenant(TenantId tenant, SqlWork<T> work);

    /**
     * Runs {@code work} in a transaction with no tenant set. Row-level security hides every tenant
     * row here; use it only for the tenant directory functions and health checks.
     */
    <T> T withoutTenant(SqlWork<T> work);

    /** The statement both adapters run first in every tenant transaction. */
    String SET_TENANT_SQL = "select set_config('app.tenant_id', :tenant_id, true) as tenant_id";
}

package com.benchcrm.persistence.postgres;

import com.benchcrm.persistence.DuplicateKeyException;
import com.benchcrm.persistence.PersistenceException;
import com.benchcrm.persistence.TenantRequiredException;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.persistence.TransientPersistenceException;
import com.benchcrm.persistence.Tx;
import com.benchcrm.sql.SqlException;
import com.benchcrm.sql.SqlPort;
import com.benchcrm.sql.TenantNotSetException;
import com.benchcrm.sql.TransientSqlException;
import com.benchcrm.sql.UniqueViolationException;
import com.benchcrm.tenancy.TenantId;
import java.util.function.Function;

/**
 * {@link Transactions} over the SQL port: each unit of work is one transaction of the port (which
 * sets {@code app.tenant_id} first, and retries serialization failures and deadlocks), and its
 * {@link Tx} carries the open session to the repositories of this module.
 *
 * <p>The port's exceptions become the core's here, after the port has finished (so its own retries
 * still see {@link TransientSqlException}): a unique violation is a {@link DuplicateKeyException}
 * with the constraint name, an exhausted retry a {@link TransientPersistenceException}, anything
 * else a {@link PersistenceException} with the SQLSTATE.
 */
public final class SqlTransactions implements Transactions {

    private final SqlPort sql;

    public SqlTransactions(SqlPort sql) {
        this.sql = sql;
    }

    @Override
    public <T> T inTenant(TenantId tenant, Function<Tx, T> work) {
        if (tenant == null) {
            throw new TenantRequiredException();
        }
        try {
            return sql.inTenant(tenant, s -> work.apply(new SqlTx(s, tenant)));
        } catch (SqlException e) {
            throw translate(e);
        }
    }

    @Override
    public <T> T withoutTenant(Function<Tx, T> work) {
        try {
            return sql.withoutTenant(s -> work.apply(new SqlTx(s, null)));
        } catch (SqlException e) {
            throw translate(e);
        }
    }

    static PersistenceException translate(SqlException e) {
        if (e instanceof UniqueViolationException u) {
            return new DuplicateKeyException(u.constraint(), u.getMessage(), u);
        }
        if (e instanceof TransientSqlException) {
            return new TransientPersistenceException(e.getMessage(), e.sqlState(), e);
        }
        if (e instanceof TenantNotSetException) {
            return new TenantRequiredException();
        }
        return new PersistenceException(e.getMessage(), e.sqlState(), e);
    }
}

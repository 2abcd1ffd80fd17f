package com.benchcrm.persistence.postgres;

import com.benchcrm.persistence.TenantRequiredException;
import com.benchcrm.persistence.Tx;
import com.benchcrm.sql.SqlSession;
import com.benchcrm.tenancy.TenantId;

/**
 * A {@link Tx} over an open SQL session: what the PostgreSQL repositories unwrap to run their
 * statements. {@code tenant} is null in a transaction without a tenant.
 */
record SqlTx(SqlSession session, TenantId tenantOrNull) implements Tx {

    @Override
    public TenantId tenant() {
        if (tenantOrNull == null) {
            throw new TenantRequiredException();
        }
        return tenantOrNull;
    }

    /** The session of a transaction that a PostgreSQL {@code Transactions} opened. */
    public static SqlTx of(Tx tx) {
        if (tx instanceof SqlTx sqlTx) {
            return sqlTx;
        }
        throw new IllegalArgumentException(
                "not a SQL transaction: " + tx.getClass().getName()
                        + " (a repository of one persistence adapter was given another adapter's transaction)");
    }
}

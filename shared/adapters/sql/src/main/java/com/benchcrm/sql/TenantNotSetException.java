package com.benchcrm.sql;

/** A tenant transaction was asked for without a tenant: the SQL port fails closed. */
public final class TenantNotSetException extends SqlException {

    public TenantNotSetException() {
        super("no tenant is set for this transaction; refusing to run it", "42501", null);
    }
}

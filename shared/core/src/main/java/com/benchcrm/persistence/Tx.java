package com.benchcrm.persistence;

import com.benchcrm.tenancy.TenantId;

/**
 * An open transaction, as a use case sees it: an opaque handle that a use case passes to every
 * repository method it calls inside one {@link Transactions#inTenant} unit of work, so they all run
 * in the same transaction. Only the persistence adapter that created it knows what is inside (a SQL
 * session, the in-memory tables' lock).
 */
public interface Tx {

    /**
     * The tenant whose rows this transaction may see and write.
     *
     * @throws TenantRequiredException in a transaction opened with {@link Transactions#withoutTenant}
     */
    TenantId tenant();
}

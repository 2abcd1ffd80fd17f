package com.benchcrm.persistence.postgres;

import com.benchcrm.testing.contract.AuditRepositoryContract;
import com.benchcrm.testing.contract.Stores;

/** The PostgreSQL implementation, as the application role under forced row-level security, passes the {@link AuditRepositoryContract}. */
class PostgresAuditRepositoryIT extends AuditRepositoryContract {

    @Override
    protected Stores stores() {
        return PostgresStores.get();
    }
}

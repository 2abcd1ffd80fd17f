package com.benchcrm.persistence.postgres;

import com.benchcrm.testing.contract.OutboxRepositoryContract;
import com.benchcrm.testing.contract.Stores;

/** The PostgreSQL implementation, as the application role under forced row-level security, passes the {@link OutboxRepositoryContract}. */
class PostgresOutboxRepositoryIT extends OutboxRepositoryContract {

    @Override
    protected Stores stores() {
        return PostgresStores.get();
    }
}

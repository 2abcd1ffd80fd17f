package com.benchcrm.persistence.postgres;

import com.benchcrm.testing.contract.ProcessedEventRepositoryContract;
import com.benchcrm.testing.contract.Stores;

/** The PostgreSQL implementation, as the application role under forced row-level security, passes the {@link ProcessedEventRepositoryContract}. */
class PostgresProcessedEventRepositoryIT extends ProcessedEventRepositoryContract {

    @Override
    protected Stores stores() {
        return PostgresStores.get();
    }
}

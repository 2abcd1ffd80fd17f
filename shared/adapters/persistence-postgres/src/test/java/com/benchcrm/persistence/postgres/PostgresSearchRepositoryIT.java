package com.benchcrm.persistence.postgres;

import com.benchcrm.testing.contract.SearchRepositoryContract;
import com.benchcrm.testing.contract.Stores;

/** The PostgreSQL implementation, as the application role under forced row-level security, passes the {@link SearchRepositoryContract}. */
class PostgresSearchRepositoryIT extends SearchRepositoryContract {

    @Override
    protected Stores stores() {
        return PostgresStores.get();
    }
}

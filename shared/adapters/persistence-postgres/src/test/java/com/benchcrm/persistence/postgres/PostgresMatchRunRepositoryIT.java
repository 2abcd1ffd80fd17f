package com.benchcrm.persistence.postgres;

import com.benchcrm.testing.contract.MatchRunRepositoryContract;
import com.benchcrm.testing.contract.Stores;

/** The PostgreSQL implementation, as the application role under forced row-level security, passes the {@link MatchRunRepositoryContract}. */
class PostgresMatchRunRepositoryIT extends MatchRunRepositoryContract {

    @Override
    protected Stores stores() {
        return PostgresStores.get();
    }
}

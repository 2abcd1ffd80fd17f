package com.benchcrm.persistence.postgres;

import com.benchcrm.testing.contract.RtrRepositoryContract;
import com.benchcrm.testing.contract.Stores;

/** The PostgreSQL implementation, as the application role under forced row-level security, passes the {@link RtrRepositoryContract}. */
class PostgresRtrRepositoryIT extends RtrRepositoryContract {

    @Override
    protected Stores stores() {
        return PostgresStores.get();
    }
}

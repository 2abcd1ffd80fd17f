package com.benchcrm.persistence.postgres;

import com.benchcrm.testing.contract.AnalyticsRepositoryContract;
import com.benchcrm.testing.contract.Stores;

/** The PostgreSQL implementation, as the application role under forced row-level security, passes the {@link AnalyticsRepositoryContract}. */
class PostgresAnalyticsRepositoryIT extends AnalyticsRepositoryContract {

    @Override
    protected Stores stores() {
        return PostgresStores.get();
    }
}

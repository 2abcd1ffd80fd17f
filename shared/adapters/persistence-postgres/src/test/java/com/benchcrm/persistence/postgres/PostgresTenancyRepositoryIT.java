package com.benchcrm.persistence.postgres;

import com.benchcrm.testing.contract.Stores;
import com.benchcrm.testing.contract.TenancyRepositoryContract;

/** The PostgreSQL implementation, as the application role under forced row-level security, passes the {@link TenancyRepositoryContract}. */
class PostgresTenancyRepositoryIT extends TenancyRepositoryContract {

    @Override
    protected Stores stores() {
        return PostgresStores.get();
    }
}

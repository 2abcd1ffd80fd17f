package com.benchcrm.persistence.postgres;

import com.benchcrm.testing.contract.RequirementRepositoryContract;
import com.benchcrm.testing.contract.Stores;

/** The PostgreSQL implementation, as the application role under forced row-level security, passes the {@link RequirementRepositoryContract}. */
class PostgresRequirementRepositoryIT extends RequirementRepositoryContract {

    @Override
    protected Stores stores() {
        return PostgresStores.get();
    }
}

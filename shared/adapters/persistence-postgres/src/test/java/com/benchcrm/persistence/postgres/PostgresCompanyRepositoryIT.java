package com.benchcrm.persistence.postgres;

import com.benchcrm.testing.contract.CompanyRepositoryContract;
import com.benchcrm.testing.contract.Stores;

/** The PostgreSQL implementation, as the application role under forced row-level security, passes the {@link CompanyRepositoryContract}. */
class PostgresCompanyRepositoryIT extends CompanyRepositoryContract {

    @Override
    protected Stores stores() {
        return PostgresStores.get();
    }
}

package com.benchcrm.persistence.postgres;

import com.benchcrm.testing.contract.ConsultantRepositoryContract;
import com.benchcrm.testing.contract.Stores;

/** The PostgreSQL implementation, as the application role under forced row-level security, passes the {@link ConsultantRepositoryContract}. */
class PostgresConsultantRepositoryIT extends ConsultantRepositoryContract {

    @Override
    protected Stores stores() {
        return PostgresStores.get();
    }
}

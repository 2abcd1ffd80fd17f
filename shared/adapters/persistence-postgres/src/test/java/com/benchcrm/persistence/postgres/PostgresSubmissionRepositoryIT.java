package com.benchcrm.persistence.postgres;

import com.benchcrm.testing.contract.Stores;
import com.benchcrm.testing.contract.SubmissionRepositoryContract;

/** The PostgreSQL implementation, as the application role under forced row-level security, passes the {@link SubmissionRepositoryContract}. */
class PostgresSubmissionRepositoryIT extends SubmissionRepositoryContract {

    @Override
    protected Stores stores() {
        return PostgresStores.get();
    }
}

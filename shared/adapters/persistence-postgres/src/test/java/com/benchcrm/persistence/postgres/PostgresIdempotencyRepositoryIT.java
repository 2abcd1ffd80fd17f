package com.benchcrm.persistence.postgres;

import com.benchcrm.testing.contract.IdempotencyRepositoryContract;
import com.benchcrm.testing.contract.Stores;

/** The PostgreSQL implementation, as the application role under forced row-level security, passes the {@link IdempotencyRepositoryContract}. */
class PostgresIdempotencyRepositoryIT extends IdempotencyRepositoryContract {

    @Override
    protected Stores stores() {
        return PostgresStores.get();
    }
}

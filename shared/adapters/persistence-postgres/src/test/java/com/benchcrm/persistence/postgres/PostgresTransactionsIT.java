package com.benchcrm.persistence.postgres;

import com.benchcrm.testing.contract.Stores;
import com.benchcrm.testing.contract.TransactionsContract;

/** The PostgreSQL implementation, as the application role under forced row-level security, passes the {@link TransactionsContract}. */
class PostgresTransactionsIT extends TransactionsContract {

    @Override
    protected Stores stores() {
        return PostgresStores.get();
    }
}

package com.benchcrm.testing.memory;

import com.benchcrm.testing.contract.Stores;
import com.benchcrm.testing.contract.TransactionsContract;

/** The in-memory implementation passes the {@link TransactionsContract}. */
class InMemoryTransactionsTest extends TransactionsContract {

    private final Stores stores = new InMemoryStores();

    @Override
    protected Stores stores() {
        return stores;
    }
}

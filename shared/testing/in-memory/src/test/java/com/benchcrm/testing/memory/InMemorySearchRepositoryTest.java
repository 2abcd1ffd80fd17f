package com.benchcrm.testing.memory;

import com.benchcrm.testing.contract.SearchRepositoryContract;
import com.benchcrm.testing.contract.Stores;

/** The in-memory implementation passes the {@link SearchRepositoryContract}. */
class InMemorySearchRepositoryTest extends SearchRepositoryContract {

    private final Stores stores = new InMemoryStores();

    @Override
    protected Stores stores() {
        return stores;
    }
}

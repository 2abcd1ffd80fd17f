package com.benchcrm.testing.memory;

import com.benchcrm.testing.contract.MatchRunRepositoryContract;
import com.benchcrm.testing.contract.Stores;

/** The in-memory implementation passes the {@link MatchRunRepositoryContract}. */
class InMemoryMatchRunRepositoryTest extends MatchRunRepositoryContract {

    private final Stores stores = new InMemoryStores();

    @Override
    protected Stores stores() {
        return stores;
    }
}

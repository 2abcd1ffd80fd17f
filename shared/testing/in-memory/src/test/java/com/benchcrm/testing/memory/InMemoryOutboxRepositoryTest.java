package com.benchcrm.testing.memory;

import com.benchcrm.testing.contract.OutboxRepositoryContract;
import com.benchcrm.testing.contract.Stores;

/** The in-memory implementation passes the {@link OutboxRepositoryContract}. */
class InMemoryOutboxRepositoryTest extends OutboxRepositoryContract {

    private final Stores stores = new InMemoryStores();

    @Override
    protected Stores stores() {
        return stores;
    }
}

package com.benchcrm.testing.memory;

import com.benchcrm.testing.contract.ProcessedEventRepositoryContract;
import com.benchcrm.testing.contract.Stores;

/** The in-memory implementation passes the {@link ProcessedEventRepositoryContract}. */
class InMemoryProcessedEventRepositoryTest extends ProcessedEventRepositoryContract {

    private final Stores stores = new InMemoryStores();

    @Override
    protected Stores stores() {
        return stores;
    }
}

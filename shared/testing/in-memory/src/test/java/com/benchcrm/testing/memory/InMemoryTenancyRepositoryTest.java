package com.benchcrm.testing.memory;

import com.benchcrm.testing.contract.TenancyRepositoryContract;
import com.benchcrm.testing.contract.Stores;

/** The in-memory implementation passes the {@link TenancyRepositoryContract}. */
class InMemoryTenancyRepositoryTest extends TenancyRepositoryContract {

    private final Stores stores = new InMemoryStores();

    @Override
    protected Stores stores() {
        return stores;
    }
}

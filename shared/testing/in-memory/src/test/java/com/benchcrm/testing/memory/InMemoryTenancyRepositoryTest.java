package com.benchcrm.testing.memory;

import com.benchcrm.testing.contract.Stores;
import com.benchcrm.testing.contract.TenancyRepositoryContract;

/** The in-memory implementation passes the {@link TenancyRepositoryContract}. */
class InMemoryTenancyRepositoryTest extends TenancyRepositoryContract {

    private final Stores stores = new InMemoryStores();

    @Override
    protected Stores stores() {
        return stores;
    }
}

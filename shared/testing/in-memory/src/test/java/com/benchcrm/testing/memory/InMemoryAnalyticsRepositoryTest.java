package com.benchcrm.testing.memory;

import com.benchcrm.testing.contract.AnalyticsRepositoryContract;
import com.benchcrm.testing.contract.Stores;

class InMemoryAnalyticsRepositoryTest extends AnalyticsRepositoryContract {

    final InMemoryStores stores = new InMemoryStores();

    @Override
    protected Stores stores() {
        return stores;
    }
}

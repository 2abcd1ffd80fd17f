package com.benchcrm.testing.memory;

import com.benchcrm.testing.contract.RtrRepositoryContract;
import com.benchcrm.testing.contract.Stores;

class InMemoryRtrRepositoryTest extends RtrRepositoryContract {

    final InMemoryStores stores = new InMemoryStores();

    @Override
    protected Stores stores() {
        return stores;
    }
}

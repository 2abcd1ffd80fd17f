package com.benchcrm.testing.memory;

import com.benchcrm.testing.contract.OutreachRepositoryContract;
import com.benchcrm.testing.contract.Stores;

/** The in-memory outreach repositories pass the {@link OutreachRepositoryContract}. */
class InMemoryOutreachRepositoryTest extends OutreachRepositoryContract {

    private final Stores stores = new InMemoryStores();

    @Override
    protected Stores stores() {
        return stores;
    }
}

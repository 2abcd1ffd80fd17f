package com.benchcrm.testing.memory;

import com.benchcrm.testing.contract.InboundMessageRepositoryContract;
import com.benchcrm.testing.contract.Stores;

/** The in-memory implementation passes the {@link InboundMessageRepositoryContract}. */
class InMemoryInboundMessageRepositoryTest extends InboundMessageRepositoryContract {

    private final Stores stores = new InMemoryStores();

    @Override
    protected Stores stores() {
        return stores;
    }
}

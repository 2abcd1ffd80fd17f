package com.benchcrm.testing.memory;

import com.benchcrm.testing.contract.MarketingRepositoryContract;
import com.benchcrm.testing.contract.Stores;

/** The in-memory marketing repositories pass the {@link MarketingRepositoryContract}. */
class InMemoryMarketingRepositoryTest extends MarketingRepositoryContract {

    private final Stores stores = new InMemoryStores();

    @Override
    protected Stores stores() {
        return stores;
    }
}

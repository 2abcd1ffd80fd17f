package com.benchcrm.testing.memory;

import com.benchcrm.testing.contract.RequirementRepositoryContract;
import com.benchcrm.testing.contract.Stores;

/** The in-memory implementation passes the {@link RequirementRepositoryContract}. */
class InMemoryRequirementRepositoryTest extends RequirementRepositoryContract {

    private final Stores stores = new InMemoryStores();

    @Override
    protected Stores stores() {
        return stores;
    }
}

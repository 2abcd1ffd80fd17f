package com.benchcrm.testing.memory;

import com.benchcrm.testing.contract.CompanyRepositoryContract;
import com.benchcrm.testing.contract.Stores;

/** The in-memory company and contact repositories pass the {@link CompanyRepositoryContract}. */
class InMemoryCompanyRepositoryTest extends CompanyRepositoryContract {

    private final Stores stores = new InMemoryStores();

    @Override
    protected Stores stores() {
        return stores;
    }
}

package com.benchcrm.testing.memory;

import com.benchcrm.testing.contract.ConsultantRepositoryContract;
import com.benchcrm.testing.contract.Stores;

/** The in-memory implementation passes the {@link ConsultantRepositoryContract}. */
class InMemoryConsultantRepositoryTest extends ConsultantRepositoryContract {

    private final Stores stores = new InMemoryStores();

    @Override
    protected Stores stores() {
        return stores;
    }
}

package com.benchcrm.testing.memory;

import com.benchcrm.testing.contract.AuditRepositoryContract;
import com.benchcrm.testing.contract.Stores;

/** The in-memory implementation passes the {@link AuditRepositoryContract}. */
class InMemoryAuditRepositoryTest extends AuditRepositoryContract {

    private final Stores stores = new InMemoryStores();

    @Override
    protected Stores stores() {
        return stores;
    }
}

package com.benchcrm.testing.memory;

import com.benchcrm.testing.contract.Stores;
import com.benchcrm.testing.contract.SubmissionRepositoryContract;

class InMemorySubmissionRepositoryTest extends SubmissionRepositoryContract {

    final InMemoryStores stores = new InMemoryStores();

    @Override
    protected Stores stores() {
        return stores;
    }
}

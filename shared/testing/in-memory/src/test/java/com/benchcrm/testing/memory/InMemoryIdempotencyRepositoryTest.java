package com.benchcrm.testing.memory;

import com.benchcrm.testing.contract.IdempotencyRepositoryContract;
import com.benchcrm.testing.contract.Stores;

/** The in-memory implementation passes the {@link IdempotencyRepositoryContract}. */
class InMemoryIdempotencyRepositoryTest extends IdempotencyRepositoryContract {

    private final Stores stores = new InMemoryStores();

    @Override
    protected Stores stores() {
        return stores;
    }
}

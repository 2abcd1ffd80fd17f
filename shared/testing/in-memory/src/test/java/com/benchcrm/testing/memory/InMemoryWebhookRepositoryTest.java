package com.benchcrm.testing.memory;

import com.benchcrm.testing.contract.Stores;
import com.benchcrm.testing.contract.WebhookRepositoryContract;

/** The in-memory implementation passes the {@link WebhookRepositoryContract}. */
class InMemoryWebhookRepositoryTest extends WebhookRepositoryContract {

    private final Stores stores = new InMemoryStores();

    @Override
    protected Stores stores() {
        return stores;
    }
}

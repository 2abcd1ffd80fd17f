package com.benchcrm.persistence.postgres;

import com.benchcrm.testing.contract.Stores;
import com.benchcrm.testing.contract.WebhookRepositoryContract;

/** The PostgreSQL implementation, as the application role under forced row-level security, passes the {@link WebhookRepositoryContract}. */
class PostgresWebhookRepositoryIT extends WebhookRepositoryContract {

    @Override
    protected Stores stores() {
        return PostgresStores.get();
    }
}

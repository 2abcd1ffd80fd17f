package com.benchcrm.persistence.postgres;

import com.benchcrm.testing.contract.InboundMessageRepositoryContract;
import com.benchcrm.testing.contract.Stores;

/** The PostgreSQL implementation, as the application role under forced row-level security, passes the {@link InboundMessageRepositoryContract}. */
class PostgresInboundMessageRepositoryIT extends InboundMessageRepositoryContract {

    @Override
    protected Stores stores() {
        return PostgresStores.get();
    }
}

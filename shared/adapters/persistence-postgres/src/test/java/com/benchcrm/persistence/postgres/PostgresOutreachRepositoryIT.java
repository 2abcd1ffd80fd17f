package com.benchcrm.persistence.postgres;

import com.benchcrm.testing.contract.OutreachRepositoryContract;
import com.benchcrm.testing.contract.Stores;

/**
 * The PostgreSQL outreach repositories, as the application role under forced row-level security,
 * pass the {@link OutreachRepositoryContract}.
 */
class PostgresOutreachRepositoryIT extends OutreachRepositoryContract {

    @Override
    protected Stores stores() {
        return PostgresStores.get();
    }
}

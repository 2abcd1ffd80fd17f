package com.benchcrm.persistence.postgres;

import com.benchcrm.testing.contract.MarketingRepositoryContract;
import com.benchcrm.testing.contract.Stores;

/**
 * The PostgreSQL marketing repositories, as the application role under forced row-level security,
 * pass the {@link MarketingRepositoryContract}.
 */
class PostgresMarketingRepositoryIT extends MarketingRepositoryContract {

    @Override
    protected Stores stores() {
        return PostgresStores.get();
    }
}

package com.benchcrm.persistence.postgres;

import com.benchcrm.testing.contract.NotificationRepositoryContract;
import com.benchcrm.testing.contract.Stores;

/**
 * The PostgreSQL implementation, as the application role under forced row-level security, passes the
 * {@link NotificationRepositoryContract} (per-user isolation and cross-tenant cases included).
 */
class PostgresNotificationRepositoryIT extends NotificationRepositoryContract {

    @Override
    protected Stores stores() {
        return PostgresStores.get();
    }
}

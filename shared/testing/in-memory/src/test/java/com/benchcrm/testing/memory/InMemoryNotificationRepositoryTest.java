package com.benchcrm.testing.memory;

import com.benchcrm.testing.contract.NotificationRepositoryContract;
import com.benchcrm.testing.contract.Stores;

class InMemoryNotificationRepositoryTest extends NotificationRepositoryContract {

    final InMemoryStores stores = new InMemoryStores();

    @Override
    protected Stores stores() {
        return stores;
    }
}

package com.benchcrm.function.notifications;

import com.benchcrm.common.Json;
import com.benchcrm.function.runtime.SnapStartPriming;
import com.benchcrm.persistence.postgres.PostgresPersistence;

/**
 * SnapStart priming of the notifications functions: the database client and the JSON mapper on an
 * event envelope, without notifying anyone.
 */
final class NotificationsPriming {

    private NotificationsPriming() {}

    static void prime(NotificationsComponents components) {
        Json.write(SnapStartPriming.sampleEvent().toNode());
        PostgresPersistence.over(components.sql()).ping();
    }
}

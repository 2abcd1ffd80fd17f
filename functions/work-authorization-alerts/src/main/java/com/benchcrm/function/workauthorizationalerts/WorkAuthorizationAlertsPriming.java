package com.benchcrm.function.workauthorizationalerts;

import com.benchcrm.common.Json;
import com.benchcrm.function.runtime.SnapStartPriming;
import com.benchcrm.persistence.postgres.PostgresPersistence;

/**
 * SnapStart priming of the work authorization alerts: the database client, and the JSON mapper on
 * an event envelope (what an announcement writes to the outbox), without announcing anything.
 */
final class WorkAuthorizationAlertsPriming {

    private WorkAuthorizationAlertsPriming() {}

    static void prime(WorkAuthorizationAlertsComponents components) {
        Json.write(SnapStartPriming.sampleEvent().toNode());
        PostgresPersistence.over(components.sql()).ping();
    }
}

package com.benchcrm.function.workauthorizationalerts;

import com.benchcrm.common.Ids;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.persistence.postgres.PostgresPersistence;
import com.benchcrm.sql.SqlPort;
import com.benchcrm.workauth.ExpiryAlerts;
import java.time.Clock;

/**
 * The composition root of the work authorization alerts: the SQL port (the RDS Data API in Lambda)
 * and the {@link ExpiryAlerts} use case over the PostgreSQL repositories. Clients are built once, here.
 *
 * <pre>{@code
 * WorkAuthorizationAlertsComponents c = WorkAuthorizationAlertsComponents.create(WorkAuthorizationAlertsConfig.from(System::getenv));
 * }</pre>
 */
public record WorkAuthorizationAlertsComponents(SqlPort sql, ExpiryAlerts alerts) {

    public static WorkAuthorizationAlertsComponents create(WorkAuthorizationAlertsConfig config) {
        SqlPort sql = config.sql().connect();
        Clock clock = Clock.systemUTC();
        Ids ids = new Ids(clock);
        PostgresPersistence db = PostgresPersistence.over(sql);
        return new WorkAuthorizationAlertsComponents(
                sql,
                new ExpiryAlerts(
                        db.transactions(), db.workAuthorization(), new Outbox(db.outbox(), ids, clock), ids, clock));
    }
}

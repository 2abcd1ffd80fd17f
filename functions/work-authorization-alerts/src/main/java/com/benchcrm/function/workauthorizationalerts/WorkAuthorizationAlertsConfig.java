package com.benchcrm.function.workauthorizationalerts;

import com.benchcrm.sql.SqlSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Everything the work authorization alerts read from their environment, read once and validated at
 * start (all problems reported together): the SQL settings only. The job writes notice rows and
 * outbox rows; the outbox relay publishes them.
 *
 * <table>
 *   <caption>Environment</caption>
 *   <tr><td>BENCHCRM_SQL_MODE and the RDS Data API (or JDBC) variables</td><td>as for the HTTP API function</td></tr>
 * </table>
 *
 * <pre>{@code
 * WorkAuthorizationAlertsConfig config = WorkAuthorizationAlertsConfig.from(System::getenv);
 * }</pre>
 */
public record WorkAuthorizationAlertsConfig(SqlSettings sql) {

    /** @throws IllegalStateException naming every missing or invalid variable */
    public static WorkAuthorizationAlertsConfig from(Function<String, String> env) {
        List<String> problems = new ArrayList<>();
        SqlSettings sql = SqlSettings.from(env, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    "the work authorization alerts are not configured: " + String.join("; ", problems));
        }
        return new WorkAuthorizationAlertsConfig(sql);
    }
}

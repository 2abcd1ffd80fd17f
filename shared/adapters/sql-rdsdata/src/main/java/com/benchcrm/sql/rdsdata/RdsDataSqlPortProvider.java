package com.benchcrm.sql.rdsdata;

import com.benchcrm.sql.SqlPort;
import com.benchcrm.sql.SqlPortProvider;
import com.benchcrm.sql.SqlSettings;
import java.time.Duration;

/**
 * {@code BENCHCRM_SQL_MODE=rdsdata} (the default, what Lambda uses): an {@link RdsDataSqlPort} with
 * its own client (registered in {@code META-INF/services}, found by {@link SqlSettings#connect()}).
 */
public final class RdsDataSqlPortProvider implements SqlPortProvider {

    /** The Data API ends a statement after 45 s; a call may not take longer. */
    public static final Duration CALL_TIMEOUT = Duration.ofSeconds(45);

    @Override
    public SqlSettings.Mode mode() {
        return SqlSettings.Mode.RDSDATA;
    }

    @Override
    public SqlPort open(SqlSettings settings) {
        return RdsDataSqlPort.create(
                settings.rdsData().orElseThrow(() -> new IllegalArgumentException("no RDS Data API settings")),
                CALL_TIMEOUT);
    }
}

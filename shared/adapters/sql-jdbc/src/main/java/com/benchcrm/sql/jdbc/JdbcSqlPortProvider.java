package com.benchcrm.sql.jdbc;

import com.benchcrm.sql.SqlPort;
import com.benchcrm.sql.SqlPortProvider;
import com.benchcrm.sql.SqlSettings;

/**
 * {@code BENCHCRM_SQL_MODE=jdbc}: a pooled {@link JdbcSqlPort} (registered in
 * {@code META-INF/services}, found by {@link SqlSettings#connect()}). This module, the PostgreSQL
 * driver and HikariCP are on the embedded stack's class path, not in a Lambda artifact.
 */
public final class JdbcSqlPortProvider implements SqlPortProvider {

    @Override
    public SqlSettings.Mode mode() {
        return SqlSettings.Mode.JDBC;
    }

    @Override
    public SqlPort open(SqlSettings settings) {
        return JdbcSqlPort.connect(settings.jdbc().orElseThrow(() -> new IllegalArgumentException("no JDBC settings")));
    }
}

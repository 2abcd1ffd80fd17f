package com.benchcrm.sql;

/**
 * Service-provider interface of the SQL adapters: each adapter module registers one in
 * {@code META-INF/services/com.benchcrm.sql.SqlPortProvider}, and {@link SqlSettings#connect()} opens
 * the port of the configured mode with whichever is on the class path. So a function names no
 * adapter class: its Lambda artifact carries only the RDS Data API adapter, and the embedded stack
 * (and a function's tests) add the JDBC adapter, the driver and the pool to the class path.
 *
 * <pre>{@code
 * SqlPort sql = SqlSettings.from(env, problems).connect();   // rdsdata in Lambda, jdbc in the embedded stack
 * }</pre>
 */
public interface SqlPortProvider {

    /** The mode this adapter serves. */
    SqlSettings.Mode mode();

    /** Opens a port (a pool, a client) with the settings of that mode. */
    SqlPort open(SqlSettings settings);
}

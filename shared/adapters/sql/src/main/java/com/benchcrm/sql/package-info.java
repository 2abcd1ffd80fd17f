/**
 * The SQL port: one way for use cases to talk to PostgreSQL, whatever carries the statements.
 *
 * <p>Two adapters implement it: JDBC (the embedded stack, a real PostgreSQL on loopback) and the
 * RDS Data API (AWS). Both open a transaction, set {@code app.tenant_id} with
 * {@code set_config('app.tenant_id', :tenant, true)} as its first statement, run the work, and
 * commit; row-level security policies read that setting, so a transaction without a tenant sees
 * no tenant rows and cannot write any. Statements use {@code :name} parameters (the Data API's
 * own syntax), and bulk child rows travel as one JSON parameter rather than as arrays, which the
 * Data API cannot bind.
 */
@NullMarked
package com.benchcrm.sql;

import org.jspecify.annotations.NullMarked;

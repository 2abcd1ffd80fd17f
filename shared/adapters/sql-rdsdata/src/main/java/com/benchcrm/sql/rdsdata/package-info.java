/**
 * The SQL port over the Amazon RDS Data API: the adapter the Lambda functions use to reach Aurora
 * PostgreSQL over HTTPS, with no VPC, connection pool or database password in the function.
 *
 * <p>{@link com.benchcrm.sql.rdsdata.RdsDataSqlPort} runs each unit of work in a Data API
 * transaction whose first statement sets {@code app.tenant_id} (row-level security reads it), binds
 * the port's {@code :name} parameters as typed Data API parameters, and reads result fields back
 * into {@link com.benchcrm.sql.Row}s by their column types. It behaves like the JDBC adapter: fails
 * closed without a tenant, retries serialization failures and deadlocks, and reports unique
 * violations without the row values PostgreSQL puts in the DETAIL line.
 */
@NullMarked
package com.benchcrm.sql.rdsdata;

import org.jspecify.annotations.NullMarked;

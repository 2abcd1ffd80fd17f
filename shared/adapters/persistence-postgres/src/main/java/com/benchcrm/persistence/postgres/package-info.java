/**
 * Every SQL statement of BenchCRM: the core's repository ports implemented over the SQL port, so
 * both transports (JDBC for the embedded stack, the RDS Data API in AWS) run the same statements.
 *
 * <p>{@link com.benchcrm.persistence.postgres.PostgresPersistence} is the one entry point; the
 * repositories are package-private. Each statement names the tenant explicitly as well as relying
 * on row-level security: the explicit predicate gives the planner the index prefix, the policy is
 * the guarantee. Statements use {@code :name} parameters and pass bulk child rows as one JSON
 * parameter ({@code jsonb_to_recordset}), which both transports can bind.
 *
 * <p>To add a repository: declare the port in its feature package of the core (records in and out,
 * methods taking the {@link com.benchcrm.persistence.Tx}), implement it here as
 * {@code Postgres<Name>Repository} (unwrap the session with {@code SqlTx.of(tx).session()}), expose
 * it from {@code PostgresPersistence}, add the in-memory twin in {@code benchcrm-test-fixtures}, and
 * extend the port's contract test in both modules.
 */
@NullMarked
package com.benchcrm.persistence.postgres;

import org.jspecify.annotations.NullMarked;

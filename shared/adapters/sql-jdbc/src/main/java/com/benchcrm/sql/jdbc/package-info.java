/**
 * The SQL port over JDBC: a HikariCP pool of application-role connections to PostgreSQL, named
 * parameters rewritten to JDBC placeholders, and the tenant set per transaction.
 */
@NullMarked
package com.benchcrm.sql.jdbc;

import org.jspecify.annotations.NullMarked;

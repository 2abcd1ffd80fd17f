/**
 * In-memory implementations of core's repository ports for unit tests: same contract as the
 * PostgreSQL ones (tenant-scoped, writes audited, conflicts reported the same way), no database.
 */
package com.benchcrm.testing.memory;

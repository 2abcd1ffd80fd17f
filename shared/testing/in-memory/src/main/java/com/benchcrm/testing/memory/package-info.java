/**
 * In-memory implementations of the core's {@link com.benchcrm.persistence.Transactions} and
 * repository ports: one lock for every transaction, each tenant's rows apart, and a rollback of
 * every table when a unit of work throws. Built by
 * {@link com.benchcrm.testing.memory.InMemoryPersistence}; they pass the same contract tests
 * ({@code com.benchcrm.testing.contract}) as the PostgreSQL repositories.
 */
@NullMarked
package com.benchcrm.testing.memory;

import org.jspecify.annotations.NullMarked;

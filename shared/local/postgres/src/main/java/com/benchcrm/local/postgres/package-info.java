/**
 * A real PostgreSQL server for a laptop and for tests: the zonky embedded binaries, started on
 * 127.0.0.1 with a data directory that survives restarts, bootstrapped with the owner and
 * application roles and migrated with Flyway.
 */
@NullMarked
package com.benchcrm.local.postgres;

import org.jspecify.annotations.NullMarked;

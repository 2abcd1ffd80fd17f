/**
 * The life of a tenant-owned entity, written once: create (idempotent), get, list (keyset pages),
 * update and patch (optimistic versions, {@code If-Match}), delete. Every mutation checks the
 * permission matrix, writes an audit row and an outbox event in the same transaction.
 *
 * <p>A feature supplies an {@link com.benchcrm.lifecycle.EntityRepository} port (its storage; the
 * PostgreSQL implementation lives in {@code benchcrm-persistence-postgres}) and an
 * {@link com.benchcrm.lifecycle.EntitySpec} (its names, permissions, events and unique-key
 * messages); see {@code com.benchcrm.consultant} for an example.
 */
@NullMarked
package com.benchcrm.lifecycle;

import org.jspecify.annotations.NullMarked;

/**
 * The life of a tenant-owned entity, written once: create (idempotent), get, list (keyset pages),
 * update and patch (optimistic versions, {@code If-Match}), delete. Every mutation checks the
 * permission matrix, writes an audit row and an outbox event in the same transaction.
 *
 * <p>A feature supplies an {@link com.benchcrm.lifecycle.EntityStore} (its SQL) and an
 * {@link com.benchcrm.lifecycle.EntitySpec} (its names, permissions and events); see
 * {@code com.benchcrm.consultant} for an example.
 */
package com.benchcrm.lifecycle;

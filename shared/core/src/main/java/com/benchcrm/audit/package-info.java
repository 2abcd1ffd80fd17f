/**
 * The audit log: one append-only row per mutation (actor, action, entity, before/after hashes,
 * trace id), written in the transaction of the mutation itself, and the filtered reader behind
 * {@code GET /v1/audit/logs}.
 */
@NullMarked
package com.benchcrm.audit;

import org.jspecify.annotations.NullMarked;

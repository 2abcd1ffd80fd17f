/**
 * Idempotency keys for creates: the first request with a key is executed and its result stored in
 * the same transaction; a replay with the same body returns that result, and the same key with a
 * different body is a conflict.
 */
@NullMarked
package com.benchcrm.idempotency;

import org.jspecify.annotations.NullMarked;

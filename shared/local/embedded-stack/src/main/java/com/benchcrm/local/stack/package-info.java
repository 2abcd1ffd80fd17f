/**
 * {@code ./benchcrm}: the product on a laptop, with no Docker and no cloud account.
 *
 * <p>{@link com.benchcrm.local.stack.EmbeddedStack} starts a real PostgreSQL (data under
 * {@code .benchcrm/}), the stack's own JWT issuer, and an {@link com.benchcrm.local.stack.EdgeServer}
 * on 127.0.0.1 that does what API Gateway does: each HTTP request becomes a payload 2.0 event for
 * the HTTP API function's Lambda entry point ({@code FunctionInvoker}).
 */
@NullMarked
package com.benchcrm.local.stack;

import org.jspecify.annotations.NullMarked;

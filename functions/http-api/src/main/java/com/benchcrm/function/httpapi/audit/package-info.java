/** {@code /v1/audit/logs}: the tenant's audit trail, filtered and paginated. */
@NullMarked
package com.benchcrm.function.httpapi.audit;

import org.jspecify.annotations.NullMarked;

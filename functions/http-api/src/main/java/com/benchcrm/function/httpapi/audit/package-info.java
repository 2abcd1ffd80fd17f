/** {@code /v1/audit/logs}: the tenant's audit trail, filtered and paginated. */
package com.benchcrm.function.httpapi.audit;

/** {@code POST /v1/integrations/inbox/import}: a raw message through the tenant's inbox. */
@NullMarked
package com.benchcrm.function.httpapi.inbox;

import org.jspecify.annotations.NullMarked;

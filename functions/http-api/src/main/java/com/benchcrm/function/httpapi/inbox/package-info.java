/** {@code POST /v1/integrations/inbox/import}: a raw message through the tenant's inbox. */
package com.benchcrm.function.httpapi.inbox;

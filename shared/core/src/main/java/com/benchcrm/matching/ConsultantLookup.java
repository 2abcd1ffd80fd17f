package com.benchcrm.matching;

import com.benchcrm.consultant.Consultant;
import com.benchcrm.tenancy.TenantId;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Loads the candidates' records in one call (phase 2: one SQL statement, {@code id = any(:ids)} under
 * the tenant's row-level security). Ids that no longer exist are simply absent from the map: the
 * vector index may lag a delete by an event.
 */
@FunctionalInterface
public interface ConsultantLookup {

    Map<UUID, Consultant> findAll(TenantId tenant, Collection<UUID> ids);
}

package com.benchcrm.matching;

import com.benchcrm.requirement.Requirement;
import com.benchcrm.tenancy.TenantId;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Loads requirements as they are now, in one call. Ids that no longer exist are absent from the map
 * (deleted after the event that named them).
 */
@FunctionalInterface
public interface RequirementLookup {

    Map<UUID, Requirement> findAll(TenantId tenant, Collection<UUID> ids);
}

package com.benchcrm.matching;

import com.benchcrm.tenancy.TenantId;
import java.util.Set;
import java.util.UUID;

/**
 * Consultants a recruiter rejected for a requirement: they drop out of its recommendations. Phase 2
 * implements it from recommendation feedback; {@link #NONE} until then.
 */
@FunctionalInterface
public interface RejectedCandidates {

    RejectedCandidates NONE = (tenant, requirementId) -> Set.of();

    Set<UUID> rejected(TenantId tenant, UUID requirementId);
}

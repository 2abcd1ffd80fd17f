package com.benchcrm.matching;

import com.benchcrm.tenancy.TenantId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Past outcomes that feed the history factor: a consultant's decided submissions, and a client
 * company's. Phase 2 implements it from submissions, placements and recommendation feedback; until
 * then {@link #NONE} gives everyone the neutral value.
 */
public interface MatchHistory {

    /** No history anywhere: every history factor is neutral (0.5). */
    MatchHistory NONE = new MatchHistory() {
        @Override
        public Map<UUID, List<Outcome>> consultants(TenantId tenant, Collection<UUID> consultantIds) {
            return Map.of();
        }

        @Override
        public List<Outcome> company(TenantId tenant, String clientName) {
            return List.of();
        }
    };

    /** Outcomes by consultant; a consultant without any may be absent. */
    Map<UUID, List<Outcome>> consultants(TenantId tenant, Collection<UUID> consultantIds);

    /** Outcomes of submissions to this client company (any consultant); empty when unknown. */
    List<Outcome> company(TenantId tenant, String clientName);
}

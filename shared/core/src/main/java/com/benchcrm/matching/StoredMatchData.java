package com.benchcrm.matching;

import com.benchcrm.persistence.Transactions;
import com.benchcrm.tenancy.TenantId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The matching engine's data ports over the stored runs, feedback and settings, each read in its
 * own transaction of the tenant:
 *
 * <ul>
 *   <li>{@link MatchHistory}: decided submissions and recruiter feedback ({@link MatchRunRepository#consultantOutcomes});</li>
 *   <li>{@link RejectedCandidates}: consultants whose latest feedback for a requirement is REJECT;</li>
 *   <li>{@link MatchSettingsProvider}: the tenant's stored settings, or the defaults.</li>
 * </ul>
 */
public final class StoredMatchData implements MatchHistory, RejectedCandidates, MatchSettingsProvider {

    private final Transactions transactions;
    private final MatchRunRepository runs;
    private final MatchSettingsRepository settings;

    public StoredMatchData(Transactions transactions, MatchRunRepository runs, MatchSettingsRepository settings) {
        this.transactions = transactions;
        this.runs = runs;
        this.settings = settings;
    }

    @Override
    public Map<UUID, List<Outcome>> consultants(TenantId tenant, Collection<UUID> consultantIds) {
        if (consultantIds.isEmpty()) {
            return Map.of();
        }
        return transactions.inTenant(tenant, tx -> runs.consultantOutcomes(tx, consultantIds));
    }

    @Override
    public List<Outcome> company(TenantId tenant, String clientName) {
        if (clientName == null || clientName.isBlank()) {
            return List.of();
        }
        return transactions.inTenant(tenant, tx -> runs.companyOutcomes(tx, clientName.trim()));
    }

    @Override
    public Set<UUID> rejected(TenantId tenant, UUID requirementId) {
        return transactions.inTenant(tenant, tx -> runs.rejectedConsultants(tx, requirementId));
    }

    /** Requirements whose latest feedback on this consultant is REJECT. */
    public Set<UUID> rejectedRequirements(TenantId tenant, UUID consultantId) {
        return transactions.inTenant(tenant, tx -> runs.rejectedRequirements(tx, consultantId));
    }

    @Override
    public MatchSettings forTenant(TenantId tenant) {
        return transactions.inTenant(tenant, settings::find).orElse(MatchSettings.DEFAULT);
    }
}

package com.benchcrm.matching;

import com.benchcrm.tenancy.TenantId;

/**
 * Where a tenant's matching settings come from (a settings table, SSM, a tenants file). Phase 1 ships
 * the fixed provider; a tenant without its own settings gets {@link MatchSettings#DEFAULT}.
 */
@FunctionalInterface
public interface MatchSettingsProvider {

    MatchSettings forTenant(TenantId tenant);

    static MatchSettingsProvider fixed(MatchSettings settings) {
        return tenant -> settings;
    }
}

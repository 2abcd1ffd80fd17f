package com.benchcrm.retention;

import com.benchcrm.persistence.Tx;
import com.benchcrm.tenancy.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Port: the purge's access to every tenant's operational records, in transactions without a tenant
 * (PostgreSQL: the definer functions {@code purge_tenants}, {@code purge_expired} and
 * {@code purge_record}, callable by the relay role only; each acts as the one tenant it is given,
 * under forced row-level security).
 */
public interface PurgeRepository {

    /** A tenant and the tenants-file settings JSON its retention comes from. */
    record TenantSettings(TenantId tenant, String settingsJson) {
    }

    List<TenantSettings> tenants(Tx tx);

    /**
     * Removes at most {@code limit} records of {@code kind} of the tenant older than {@code before};
     * returns how many (the caller repeats while it gets {@code limit}).
     */
    int purge(Tx tx, TenantId tenant, PurgeKind kind, Instant before, int limit);

    /** Writes the run's counts to the tenant's audit log ({@code data.purged}, actor {@code system:purge}). */
    void record(Tx tx, TenantId tenant, UUID auditId, Map<String, Integer> counts, String traceId);
}

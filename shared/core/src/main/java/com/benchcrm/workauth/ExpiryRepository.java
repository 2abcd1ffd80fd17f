package com.benchcrm.workauth;

import com.benchcrm.common.WorkAuthorization;
import com.benchcrm.persistence.Tx;
import com.benchcrm.tenancy.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: what the daily expiry job reads and records. The PostgreSQL implementation reads the tenant
 * ids through a definer function (the registry is private) and everything else under the tenant's
 * row-level security; a notice's key is (consultant, document, expiry date, lead days).
 */
public interface ExpiryRepository {

    /** What ends: the status itself or the I-94 record. */
    enum Document {
        STATUS,
        I94
    }

    /** One document of one consultant that ends on {@code expiresOn}. */
    record Expiring(
            UUID consultantId,
            WorkAuthorization workAuthorization,
            Document document,
            LocalDate expiresOn,
            Integer unemploymentDaysUsed) {}

    /** The tenant's lead time and who set it last. */
    record Settings(int leadDays, long version, String updatedBy, Instant updatedAt) {}

    /** Every active tenant's id (a transaction without a tenant). */
    List<TenantId> activeTenants(Tx tx);

    /** The documents of the tenant's consultants that end on or after {@code from} and on or before {@code until}. */
    List<Expiring> expiringBetween(Tx tx, LocalDate from, LocalDate until);

    /**
     * Records that this expiry was announced for this lead time, unless it was already; true when
     * recorded now (the caller announces it), false when an earlier run did.
     */
    boolean claimNotice(Tx tx, Expiring expiring, int leadDays, UUID eventId, Instant now);

    Optional<Settings> settings(Tx tx);

    void saveSettings(Tx tx, int leadDays, String updatedBy, Instant now);
}

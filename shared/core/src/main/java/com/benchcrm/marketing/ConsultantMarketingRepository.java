package com.benchcrm.marketing;

import com.benchcrm.persistence.Tx;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: consultants' marketing preferences in the tenant of the {@link Tx}. A consultant without
 * stored preferences is not opted out. Deleting a consultant deletes their preferences.
 */
public interface ConsultantMarketingRepository {

    Optional<ConsultantMarketing> find(Tx tx, UUID consultantId);

    /** The stored preferences of those among {@code consultantIds} that have any, by consultant id. */
    Map<UUID, ConsultantMarketing> findMany(Tx tx, Collection<UUID> consultantIds);

    /** Inserts or replaces the preferences of {@code prefs.consultantId()}. */
    void upsert(Tx tx, ConsultantMarketing prefs);
}

package com.benchcrm.matching;

import com.benchcrm.persistence.Tx;
import java.time.Instant;
import java.util.Optional;

/** Port: the matching settings of the {@link Tx}'s tenant (none stored: the defaults apply). */
public interface MatchSettingsRepository {

    Optional<MatchSettings> find(Tx tx);

    /** Reads the settings and keeps them locked against a concurrent change until the transaction ends. */
    Optional<MatchSettings> findForUpdate(Tx tx);

    /** Stores (or replaces) the tenant's settings, with who changed them and when. */
    void save(Tx tx, MatchSettings settings, String updatedBy, Instant at);
}

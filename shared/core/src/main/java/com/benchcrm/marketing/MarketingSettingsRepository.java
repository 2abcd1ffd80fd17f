package com.benchcrm.marketing;

import com.benchcrm.persistence.Tx;
import java.util.Optional;

/** Port: the tenant's marketing policy (one per tenant; none stored means {@link MarketingSettings#defaults()}). */
public interface MarketingSettingsRepository {

    Optional<MarketingSettings> find(Tx tx);

    /** Stores {@code settings} (its version is the one to store) in place of the tenant's current ones. */
    void upsert(Tx tx, MarketingSettings settings);
}

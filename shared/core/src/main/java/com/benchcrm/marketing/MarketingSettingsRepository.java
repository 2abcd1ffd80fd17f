package com.benchcrm.marketing;

import com.benchcrm.persistence.Tx;
import java.util.Optional;
import java.util.OptionalInt;

/** Port: the tenant's marketing policy (one per tenant; none stored means {@link MarketingSettings#defaults()}). */
public interface MarketingSettingsRepository {

    Optional<MarketingSettings> find(Tx tx);

    /** Stores {@code settings} (its version is the one to store) in place of the tenant's current ones. */
    void upsert(Tx tx, MarketingSettings settings);

    /**
     * The deployment's ceiling of the tenant's daily send cap (the tenants file's {@code marketing.dailySendCap},
     * kept on the tenant row, ADR 0100); empty: none, the tenant's own cap stands.
     */
    default OptionalInt dailySendCapCeiling(Tx tx) {
        return OptionalInt.empty();
    }
}

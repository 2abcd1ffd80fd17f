package com.benchcrm.testing.memory;

import com.benchcrm.marketing.MarketingSettings;
import com.benchcrm.marketing.MarketingSettingsRepository;
import com.benchcrm.persistence.Tx;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Optional;

/** {@link MarketingSettingsRepository} in memory (one row per tenant). */
public final class InMemoryMarketingSettingsRepository implements MarketingSettingsRepository {

    private static final String KEY = "settings";

    private final Table<String, MarketingSettings> rows;

    InMemoryMarketingSettingsRepository(InMemoryTransactions store) {
        this.rows = store.table(Comparator.naturalOrder());
    }

    @Override
    public Optional<MarketingSettings> find(Tx tx) {
        return Optional.ofNullable(rows.rows(tx).get(KEY));
    }

    @Override
    public void upsert(Tx tx, MarketingSettings s) {
        rows.rows(tx)
                .put(
                        KEY,
                        new MarketingSettings(
                                s.showRate(),
                                s.postalAddress(),
                                s.senderName(),
                                s.fromAddress(),
                                s.dailySendCap(),
                                s.version(),
                                s.updatedBy(),
                                s.updatedAt().truncatedTo(ChronoUnit.MICROS)));
    }
}

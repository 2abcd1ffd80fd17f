package com.benchcrm.testing.memory;

import com.benchcrm.matching.MatchSettings;
import com.benchcrm.matching.MatchSettingsDocument;
import com.benchcrm.matching.MatchSettingsRepository;
import com.benchcrm.persistence.Tx;
import java.time.Instant;
import java.util.Optional;

/** {@link MatchSettingsRepository} in memory, stored as the same document PostgreSQL keeps (so it reads back the same). */
public final class InMemoryMatchSettingsRepository implements MatchSettingsRepository {

    record Row(String version, String document, String updatedBy, Instant updatedAt) {}

    private final Table<String, Row> rows;

    InMemoryMatchSettingsRepository(InMemoryTransactions store) {
        this.rows = store.table(String::compareTo);
    }

    @Override
    public Optional<MatchSettings> find(Tx tx) {
        return Optional.ofNullable(rows.rows(tx).get("settings"))
                .map(r -> MatchSettingsDocument.read(r.version(), r.document()));
    }

    @Override
    public Optional<MatchSettings> findForUpdate(Tx tx) {
        return find(tx);
    }

    @Override
    public void save(Tx tx, MatchSettings settings, String updatedBy, Instant at) {
        rows.rows(tx)
                .put("settings", new Row(settings.version(), MatchSettingsDocument.write(settings), updatedBy, at));
    }
}

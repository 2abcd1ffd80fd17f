package com.benchcrm.persistence.postgres;

import com.benchcrm.matching.MatchSettings;
import com.benchcrm.matching.MatchSettingsDocument;
import com.benchcrm.matching.MatchSettingsRepository;
import com.benchcrm.persistence.Tx;
import com.benchcrm.sql.SqlJson;
import com.benchcrm.sql.SqlParams;
import java.time.Instant;
import java.util.Optional;

/** {@link MatchSettingsRepository} over match_settings (one row per tenant, the document as jsonb). */
final class PostgresMatchSettingsRepository implements MatchSettingsRepository {

    @Override
    public Optional<MatchSettings> find(Tx tx) {
        return read(tx, "");
    }

    @Override
    public Optional<MatchSettings> findForUpdate(Tx tx) {
        return read(tx, " for update");
    }

    private static Optional<MatchSettings> read(Tx tx, String lock) {
        return SqlTx.of(tx)
                .session()
                .queryOne(
                        "select version, settings::text as settings from match_settings where tenant_id = :tenant"
                                + lock,
                        SqlParams.of("tenant", tx.tenant().value()))
                .map(r -> MatchSettingsDocument.read(r.string("version"), r.string("settings")));
    }

    @Override
    public void save(Tx tx, MatchSettings settings, String updatedBy, Instant at) {
        SqlTx.of(tx)
                .session()
                .update(
                        """
                insert into match_settings (tenant_id, version, settings, updated_by, updated_at)
                values (:tenant, :version, :settings, :by, :at)
                on conflict (tenant_id) do update set version = excluded.version, settings = excluded.settings,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at""",
                        SqlParams.of("tenant", tx.tenant().value())
                                .and("version", settings.version())
                                .and("settings", new SqlJson(MatchSettingsDocument.write(settings)))
                                .and("by", updatedBy)
                                .and("at", at));
    }
}

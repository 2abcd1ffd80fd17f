package com.benchcrm.persistence.postgres;

import com.benchcrm.marketing.MarketingSettings;
import com.benchcrm.marketing.MarketingSettingsRepository;
import com.benchcrm.persistence.Tx;
import com.benchcrm.sql.SqlParams;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@link MarketingSettingsRepository} over marketing_settings (one row per tenant); the ceiling of the daily cap
 * from the tenant row's settings ({@code marketing.dailySendCap}, written from the tenants file, ADR 0100), read
 * through {@code benchcrm.tenant_policy} as every tenant setting is.
 */
final class PostgresMarketingSettingsRepository implements MarketingSettingsRepository {

    @Override
    public Optional<MarketingSettings> find(Tx tx) {
        return SqlTx.of(tx)
                .session()
                .queryOne("""
                select show_rate, postal_address, sender_name, from_address, daily_send_cap, version, updated_by,
                    updated_at
                from marketing_settings where tenant_id = :tenant""", SqlParams.of("tenant", tx.tenant().value()))
                .map(r -> new MarketingSettings(
                        Boolean.TRUE.equals(r.bool("show_rate")),
                        r.string("postal_address"),
                        r.string("sender_name"),
                        r.string("from_address"),
                        r.intValue("daily_send_cap"),
                        r.longValue("version"),
                        r.string("updated_by"),
                        r.instant("updated_at")));
    }

    @Override
    public void upsert(Tx tx, MarketingSettings s) {
        SqlTx.of(tx)
                .session()
                .update(
                        """
                insert into marketing_settings (tenant_id, show_rate, postal_address, sender_name, from_address,
                    daily_send_cap, version, updated_by, updated_at)
                values (:tenant, :show_rate, :postal, :sender, :from, :cap, :version, :by, :at)
                on conflict (tenant_id) do update set show_rate = excluded.show_rate,
                    postal_address = excluded.postal_address, sender_name = excluded.sender_name,
                    from_address = excluded.from_address, daily_send_cap = excluded.daily_send_cap,
                    version = excluded.version, updated_by = excluded.updated_by, updated_at = excluded.updated_at""",
                        SqlParams.of("tenant", tx.tenant().value())
                                .and("show_rate", s.showRate())
                                .and("postal", s.postalAddress())
                                .and("sender", s.senderName())
                                .and("from", s.fromAddress())
                                .and("cap", s.dailySendCap())
                                .and("version", s.version())
                                .and("by", s.updatedBy())
                                .and("at", s.updatedAt()));
    }

    @Override
    public OptionalInt dailySendCapCeiling(Tx tx) {
        return SqlTx.of(tx)
                .session()
                .queryOne("""
                select case when jsonb_typeof(settings -> 'marketing' -> 'dailySendCap') = 'number'
                    then (settings -> 'marketing' ->> 'dailySendCap')::int end as ceiling
                from benchcrm.tenant_policy(:tenant)""", SqlParams.of("tenant", tx.tenant().value()))
                .map(r -> r.intValue("ceiling"))
                .map(OptionalInt::of)
                .orElse(OptionalInt.empty());
    }
}

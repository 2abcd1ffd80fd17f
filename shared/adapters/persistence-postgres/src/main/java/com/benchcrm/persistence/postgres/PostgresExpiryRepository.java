package com.benchcrm.persistence.postgres;

import com.benchcrm.common.WorkAuthorization;
import com.benchcrm.persistence.Tx;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.workauth.ExpiryRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link ExpiryRepository} over consultant (the validity dates), work_authorization_notice and
 * work_authorization_settings; the tenants through {@code active_tenant_ids()} (V9).
 */
final class PostgresExpiryRepository implements ExpiryRepository {

    @Override
    public List<TenantId> activeTenants(Tx tx) {
        return SqlTx.of(tx).session().query("select t as id from active_tenant_ids() as t", SqlParams.none()).stream()
                .map(r -> new TenantId(r.uuid("id")))
                .toList();
    }

    @Override
    public List<Expiring> expiringBetween(Tx tx, LocalDate from, LocalDate until) {
        SqlParams p =
                SqlParams.of("tenant", tx.tenant().value()).and("from", from).and("until", until);
        List<Expiring> out = new ArrayList<>();
        for (Row r : SqlTx.of(tx).session().query("""
                select id, work_authorization, 'STATUS' as document, work_authorization_valid_until as expires_on, unemployment_days_used
                from consultant where tenant_id = :tenant and work_authorization_valid_until between :from and :until
                union all
                select id, work_authorization, 'I94', i94_valid_until, unemployment_days_used
                from consultant where tenant_id = :tenant and i94_valid_until between :from and :until
                order by expires_on, id""", p)) {
            out.add(new Expiring(
                    r.uuid("id"),
                    r.isNull("work_authorization") ? null : WorkAuthorization.valueOf(r.string("work_authorization")),
                    Document.valueOf(r.string("document")),
                    r.date("expires_on"),
                    r.intValue("unemployment_days_used")));
        }
        return out;
    }

    @Override
    public boolean claimNotice(Tx tx, Expiring e, int leadDays, UUID eventId, Instant now) {
        return SqlTx.of(tx)
                        .session()
                        .update(
                                """
                insert into work_authorization_notice (tenant_id, consultant_id, document, expires_on, lead_days, event_id, announced_at)
                values (:tenant, :consultant, :document, :expires_on, :lead_days, :event_id, :now)
                on conflict do nothing""",
                                SqlParams.of("tenant", tx.tenant().value())
                                        .and("consultant", e.consultantId())
                                        .and("document", e.document().name())
                                        .and("expires_on", e.expiresOn())
                                        .and("lead_days", leadDays)
                                        .and("event_id", eventId)
                                        .and("now", now))
                == 1;
    }

    @Override
    public Optional<Settings> settings(Tx tx) {
        return SqlTx.of(tx)
                .session()
                .queryOne("""
                        select lead_days, version, updated_by, updated_at from work_authorization_settings where tenant_id = :tenant""", SqlParams.of("tenant", tx.tenant().value()))
                .map(r -> new Settings(
                        r.intValue("lead_days"),
                        r.longValue("version"),
                        r.string("updated_by"),
                        r.instant("updated_at")));
    }

    @Override
    public void saveSettings(Tx tx, int leadDays, String updatedBy, Instant now) {
        SqlTx.of(tx)
                .session()
                .update(
                        """
                insert into work_authorization_settings (tenant_id, lead_days, version, updated_by, updated_at)
                values (:tenant, :lead_days, 1, :by, :now)
                on conflict (tenant_id) do update set lead_days = excluded.lead_days, version = work_authorization_settings.version + 1,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at""",
                        SqlParams.of("tenant", tx.tenant().value())
                                .and("lead_days", leadDays)
                                .and("by", updatedBy)
                                .and("now", now));
    }
}

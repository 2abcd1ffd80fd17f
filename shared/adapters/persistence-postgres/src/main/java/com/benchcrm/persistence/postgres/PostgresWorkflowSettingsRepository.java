package com.benchcrm.persistence.postgres;

import com.benchcrm.persistence.Tx;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.workflow.WorkflowSettings;
import com.benchcrm.workflow.WorkflowSettingsRepository;
import java.util.Optional;

/** {@link WorkflowSettingsRepository} over workflow_settings (V10), one row per tenant. */
final class PostgresWorkflowSettingsRepository implements WorkflowSettingsRepository {

    @Override
    public Optional<WorkflowSettings> find(Tx tx) {
        return SqlTx.of(tx)
                .session()
                .queryOne(
                        "select * from workflow_settings where tenant_id = :tenant",
                        SqlParams.of("tenant", tx.tenant().value()))
                .map(PostgresWorkflowSettingsRepository::settings);
    }

    @Override
    public Optional<WorkflowSettings> findForUpdate(Tx tx) {
        return SqlTx.of(tx)
                .session()
                .queryOne(
                        "select * from workflow_settings where tenant_id = :tenant for update",
                        SqlParams.of("tenant", tx.tenant().value()))
                .map(PostgresWorkflowSettingsRepository::settings);
    }

    @Override
    public void save(Tx tx, WorkflowSettings s) {
        SqlTx.of(tx)
                .session()
                .update(
                        """
                insert into workflow_settings (tenant_id, rtr_required, duplicate_window_days, margin_floor_percent, w2_burden_percent,
                    version, updated_by, updated_at)
                values (:tenant, :rtr, :window, :floor, :burden, :version, :by, :at)
                on conflict (tenant_id) do update set rtr_required = excluded.rtr_required,
                    duplicate_window_days = excluded.duplicate_window_days, margin_floor_percent = excluded.margin_floor_percent,
                    w2_burden_percent = excluded.w2_burden_percent, version = excluded.version, updated_by = excluded.updated_by,
                    updated_at = excluded.updated_at""",
                        SqlParams.of("tenant", tx.tenant().value())
                                .and("rtr", s.rtrRequired())
                                .and("window", s.duplicateWindowDays())
                                .and("floor", s.marginFloorPercent())
                                .and("burden", s.w2BurdenPercent())
                                .and("version", s.version())
                                .and("by", s.updatedBy())
                                .and("at", s.updatedAt()));
    }

    private static WorkflowSettings settings(Row r) {
        return new WorkflowSettings(
                r.bool("rtr_required"),
                r.intValue("duplicate_window_days"),
                r.decimal("margin_floor_percent"),
                r.decimal("w2_burden_percent"),
                r.longValue("version"),
                r.string("updated_by"),
                r.instant("updated_at"));
    }
}

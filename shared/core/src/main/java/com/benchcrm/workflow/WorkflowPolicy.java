package com.benchcrm.workflow;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.persistence.Tx;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Permission;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.Map;

/**
 * Reads and changes a tenant's {@link WorkflowSettings}. Reading needs {@link Permission#SUBMISSION_READ};
 * changing it {@link Permission#SETTINGS_MANAGE} (Owner, Admin), audited with the before and after.
 *
 * <pre>{@code
 * WorkflowSettings s = policy.get(caller);
 * policy.update(admin, new WorkflowSettings.Input(false, 60, new BigDecimal("12"), new BigDecimal("18")));
 * }</pre>
 */
public final class WorkflowPolicy {

    private final Transactions transactions;
    private final WorkflowSettingsRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    public WorkflowPolicy(
            Transactions transactions, WorkflowSettingsRepository repository, AuditLog audit, Clock clock) {
        this.transactions = transactions;
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    public WorkflowSettings get(Caller caller) {
        caller.require(Permission.SUBMISSION_READ);
        return transactions.inTenant(caller.tenant(), this::current);
    }

    /** The tenant's settings inside an open transaction (the defaults when it has none). */
    public WorkflowSettings current(Tx tx) {
        return repository.find(tx).orElse(WorkflowSettings.DEFAULT);
    }

    public WorkflowSettings update(Caller caller, WorkflowSettings.Input input) {
        caller.require(Permission.SETTINGS_MANAGE);
        input.validate();
        return transactions.inTenant(caller.tenant(), tx -> {
            WorkflowSettings before = repository.findForUpdate(tx).orElse(WorkflowSettings.DEFAULT);
            WorkflowSettings after = new WorkflowSettings(
                    input.rtrRequired(),
                    input.duplicateWindowDays(),
                    input.marginFloorPercent().setScale(2, RoundingMode.UNNECESSARY),
                    input.w2BurdenPercent().setScale(2, RoundingMode.UNNECESSARY),
                    before.version() + 1,
                    caller.userId(),
                    clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
            repository.save(tx, after);
            audit.record(
                    tx,
                    caller,
                    "workflow_settings.updated",
                    "workflow_settings",
                    null,
                    before,
                    after,
                    Map.of("version", after.version()));
            return after;
        });
    }
}

package com.benchcrm.testing.memory;

import com.benchcrm.persistence.Tx;
import com.benchcrm.workflow.WorkflowSettings;
import com.benchcrm.workflow.WorkflowSettingsRepository;
import java.util.Optional;

/** {@link WorkflowSettingsRepository} in memory: one row per tenant. */
public final class InMemoryWorkflowSettingsRepository implements WorkflowSettingsRepository {

    private final Table<String, WorkflowSettings> rows;

    InMemoryWorkflowSettingsRepository(InMemoryTransactions store) {
        rows = store.table(String::compareTo);
    }

    @Override
    public Optional<WorkflowSettings> find(Tx tx) {
        return Optional.ofNullable(rows.rows(tx).get("settings"));
    }

    @Override
    public Optional<WorkflowSettings> findForUpdate(Tx tx) {
        return find(tx);
    }

    @Override
    public void save(Tx tx, WorkflowSettings settings) {
        rows.rows(tx).put("settings", settings);
    }
}

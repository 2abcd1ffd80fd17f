package com.benchcrm.workflow;

import com.benchcrm.persistence.Tx;
import java.util.Optional;

/** Port: the {@link Tx}'s tenant's workflow policy, one row or none (then the defaults apply). */
public interface WorkflowSettingsRepository {

    Optional<WorkflowSettings> find(Tx tx);

    /** Like {@link #find}, locking the row (when there is one) until the transaction ends. */
    Optional<WorkflowSettings> findForUpdate(Tx tx);

    /** Inserts or replaces the tenant's row. */
    void save(Tx tx, WorkflowSettings settings);
}

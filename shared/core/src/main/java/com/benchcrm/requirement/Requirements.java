package com.benchcrm.requirement;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.Ids;
import com.benchcrm.idempotency.Idempotency;
import com.benchcrm.lifecycle.EntityService;
import com.benchcrm.lifecycle.EntitySpec;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.security.Permission;
import com.benchcrm.sql.SqlPort;
import java.time.Clock;

/**
 * Requirement use cases, each audited and announced ({@code RequirementImported},
 * {@code RequirementUpdated}, {@code RequirementDeleted}).
 */
public final class Requirements extends EntityService<Requirement, RequirementInput> {

    public static final EntitySpec<Requirement, RequirementInput> SPEC = new EntitySpec<>(
            "requirement", Requirement.class, Permission.REQUIREMENT_READ, Permission.REQUIREMENT_WRITE,
            "RequirementImported", "RequirementUpdated", "RequirementDeleted");

    public Requirements(SqlPort sql, AuditLog audit, Outbox outbox, Idempotency idempotency, Ids ids, Clock clock) {
        super(SPEC, new RequirementStore(), sql, audit, outbox, idempotency, ids, clock);
    }
}

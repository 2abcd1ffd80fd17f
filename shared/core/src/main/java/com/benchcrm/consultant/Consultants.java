package com.benchcrm.consultant;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.Ids;
import com.benchcrm.idempotency.Idempotency;
import com.benchcrm.lifecycle.EntityService;
import com.benchcrm.lifecycle.EntitySpec;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.security.Permission;
import com.benchcrm.security.Caller;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.sql.SqlPort;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Consultant use cases: create, get, list, update, patch, delete, each audited and announced
 * ({@code ConsultantUpserted}, {@code ConsultantDeleted}).
 */
public final class Consultants extends EntityService<Consultant, ConsultantInput> {

    public static final EntitySpec<Consultant, ConsultantInput> SPEC = new EntitySpec<>(
            "consultant", Consultant.class, Permission.CONSULTANT_READ, Permission.CONSULTANT_WRITE,
            "ConsultantUpserted", "ConsultantUpserted", "ConsultantDeleted");

    public Consultants(SqlPort sql, AuditLog audit, Outbox outbox, Idempotency idempotency, Ids ids, Clock clock) {
        super(SPEC, new ConsultantStore(), sql, audit, outbox, idempotency, ids, clock);
    }

    /** The consultant with this e-mail address (case-insensitive), if any: how an imported resume finds its profile. */
    public Optional<UUID> findIdByEmail(Caller caller, String email) {
        caller.require(Permission.CONSULTANT_READ);
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return sqlPort().inTenant(caller.tenant(), s -> s.queryOne(
                "select id from consultant where tenant_id = :tenant and lower(email) = lower(:email)",
                SqlParams.of("tenant", caller.tenant().value()).and("email", email.trim())).map(r -> r.uuid("id")));
    }
}

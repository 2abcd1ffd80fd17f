package com.benchcrm.consultant;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.Ids;
import com.benchcrm.idempotency.Idempotency;
import com.benchcrm.lifecycle.EntityService;
import com.benchcrm.lifecycle.EntitySpec;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Permission;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Consultant use cases: create, get, list, update, patch, delete, each audited and announced
 * ({@code ConsultantUpserted}, {@code ConsultantDeleted}).
 *
 * <pre>{@code
 * Consultants consultants = new Consultants(transactions, persistence.consultants(), audit, outbox, idempotency, ids, clock);
 * }</pre>
 */
public final class Consultants extends EntityService<Consultant, ConsultantInput> {

    public static final EntitySpec<Consultant, ConsultantInput> SPEC = new EntitySpec<>(
            "consultant", Consultant.class, Permission.CONSULTANT_READ, Permission.CONSULTANT_WRITE,
            "ConsultantUpserted", "ConsultantUpserted", "ConsultantDeleted", ConsultantInput::of,
            Map.of(ConsultantRepository.EXTERNAL_ID_KEY, "another consultant already has this externalId",
                    ConsultantRepository.EMAIL_KEY, "another consultant already has this email"));

    private final ConsultantRepository repository;

    public Consultants(Transactions transactions, ConsultantRepository repository, AuditLog audit, Outbox outbox,
                       Idempotency idempotency, Ids ids, Clock clock) {
        super(SPEC, transactions, repository, audit, outbox, idempotency, ids, clock);
        this.repository = repository;
    }

    /** The consultant with this e-mail address (case-insensitive), if any: how an imported resume finds its profile. */
    public Optional<UUID> findIdByEmail(Caller caller, String email) {
        caller.require(Permission.CONSULTANT_READ);
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return transactions().inTenant(caller.tenant(), tx -> repository.findIdByEmail(tx, email.trim()));
    }
}

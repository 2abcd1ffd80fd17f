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
            "consultant",
            Consultant.class,
            Permission.CONSULTANT_READ,
            Permission.CONSULTANT_WRITE,
            "ConsultantUpserted",
            "ConsultantUpserted",
            "ConsultantDeleted",
            ConsultantInput::of,
            Map.of(
                    ConsultantRepository.EXTERNAL_ID_KEY,
                    "another consultant already has this externalId",
                    ConsultantRepository.EMAIL_KEY,
                    "another consultant already has this email"));

    private final ConsultantRepository repository;

    public Consultants(
            Transactions transactions,
            ConsultantRepository repository,
            AuditLog audit,
            Outbox outbox,
            Idempotency idempotency,
            Ids ids,
            Clock clock) {
        super(SPEC, transactions, repository, audit, outbox, idempotency, ids, clock);
        this.repository = repository;
    }

    /** A page of the tenant's consultants, newest first, carrying {@code tag} when given. */
    public com.benchcrm.common.Page<Consultant> list(
            Caller caller, com.benchcrm.common.PageRequest page, Optional<String> tag) {
        return list(caller, page, (tx, before, limit) -> repository.list(tx, tag, before, limit));
    }

    /**
     * Replaces the consultant's tags ({@link com.benchcrm.common.Tags#normalize}): a new version,
     * audited as {@code consultant.tagged} and announced as {@code ConsultantUpserted}.
     */
    public Consultant setTags(Caller caller, UUID id, java.util.List<String> tags, java.util.OptionalLong ifMatch) {
        caller.require(Permission.CONSULTANT_WRITE);
        java.util.List<String> normalized = com.benchcrm.common.Tags.normalize(tags);
        return change(
                caller,
                id,
                ifMatch,
                "tagged",
                (tx, current) -> repository.setTags(tx, id, normalized, clock().instant()),
                Map.of("tags", normalized));
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

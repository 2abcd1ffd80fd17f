package com.benchcrm.marketing;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.NotFoundException;
import com.benchcrm.common.Validator;
import com.benchcrm.consultant.ConsultantRepository;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Permission;
import java.time.Clock;
import java.util.UUID;

/**
 * Reads and sets a consultant's marketing preferences ({@code GET|PUT /v1/consultants/{id}/marketing}):
 * the opt-out that keeps them off every hot list from the next rendering on, and whether they would
 * relocate. Setting them needs {@code CONSULTANT_WRITE} and is audited
 * ({@code consultant.marketing-changed}); another tenant's consultant is a 404.
 */
public final class ConsultantMarketingPreferences {

    /** The writable preferences. */
    public record Input(Boolean optedOut, Boolean openToRelocation) {
        public void validate() {
            new Validator().required("/optedOut", optedOut).throwIfInvalid();
        }
    }

    private final Transactions transactions;
    private final ConsultantRepository consultants;
    private final ConsultantMarketingRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    public ConsultantMarketingPreferences(
            Transactions transactions,
            ConsultantRepository consultants,
            ConsultantMarketingRepository repository,
            AuditLog audit,
            Clock clock) {
        this.transactions = transactions;
        this.consultants = consultants;
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    public ConsultantMarketing get(Caller caller, UUID consultantId) {
        caller.require(Permission.CONSULTANT_READ);
        return transactions.inTenant(caller.tenant(), tx -> {
            requireConsultant(tx, consultantId);
            return repository.find(tx, consultantId).orElseGet(() -> ConsultantMarketing.defaults(consultantId));
        });
    }

    private void requireConsultant(com.benchcrm.persistence.Tx tx, UUID consultantId) {
        if (consultants.find(tx, consultantId).isEmpty()) {
            throw new NotFoundException("consultant", consultantId);
        }
    }

    public ConsultantMarketing set(Caller caller, UUID consultantId, Input input) {
        caller.require(Permission.CONSULTANT_WRITE);
        input.validate();
        return transactions.inTenant(caller.tenant(), tx -> {
            requireConsultant(tx, consultantId);
            ConsultantMarketing before = repository.find(tx, consultantId).orElse(null);
            ConsultantMarketing after = new ConsultantMarketing(
                    consultantId, input.optedOut(), input.openToRelocation(), caller.userId(), clock.instant());
            repository.upsert(tx, after);
            audit.record(tx, caller, "consultant.marketing-changed", "consultant", consultantId, before, after);
            return after;
        });
    }
}

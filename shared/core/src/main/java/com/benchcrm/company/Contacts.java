package com.benchcrm.company;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.ConflictException;
import com.benchcrm.common.Ids;
import com.benchcrm.common.Page;
import com.benchcrm.common.PageRequest;
import com.benchcrm.common.ValidationException;
import com.benchcrm.idempotency.Idempotency;
import com.benchcrm.lifecycle.EntityService;
import com.benchcrm.lifecycle.EntitySpec;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.persistence.Tx;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Permission;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Contact use cases: create, get, list (optionally of one company), update, patch, delete, each
 * audited and announced ({@code ContactUpserted}, {@code ContactDeleted}). A {@code companyId} that
 * names no company of the tenant (another tenant's included) is a 422 at {@code /companyId}; an
 * e-mail address another contact has is a 409 {@code duplicate-contact} naming that contact.
 */
public final class Contacts extends EntityService<Contact, ContactInput> {

    public static final EntitySpec<Contact, ContactInput> SPEC = new EntitySpec<>(
            "contact",
            Contact.class,
            Permission.COMPANY_READ,
            Permission.COMPANY_WRITE,
            "ContactUpserted",
            "ContactUpserted",
            "ContactDeleted",
            ContactInput::of,
            Map.of(ContactRepository.EMAIL_KEY, "another contact already has this email"));

    /** The problem type of a duplicate contact. */
    public static final String DUPLICATE = "duplicate-contact";

    private final ContactRepository repository;
    private final CompanyRepository companies;

    public Contacts(
            Transactions transactions,
            ContactRepository repository,
            CompanyRepository companies,
            AuditLog audit,
            Outbox outbox,
            Idempotency idempotency,
            Ids ids,
            Clock clock) {
        super(SPEC, transactions, repository, audit, outbox, idempotency, ids, clock);
        this.repository = repository;
        this.companies = companies;
    }

    /** A page of the tenant's contacts, newest first, of one company when given. */
    public Page<Contact> list(Caller caller, PageRequest page, Optional<UUID> companyId) {
        return list(caller, page, (tx, before, limit) -> repository.list(tx, companyId, before, limit));
    }

    @Override
    protected void checkReferences(Tx tx, Caller caller, UUID id, ContactInput input) {
        if (input.companyId() != null && companies.find(tx, input.companyId()).isEmpty()) {
            throw new ValidationException(List.of(
                    new ValidationException.FieldError("/companyId", "no company " + input.companyId() + " exists")));
        }
        if (input.email() != null) {
            repository
                    .findByEmail(tx, input.email())
                    .filter(c -> !c.id().equals(id))
                    .ifPresent(c -> {
                        throw new ConflictException(
                                DUPLICATE,
                                "contact " + c.id() + " ('" + c.fullName() + "') already has the email "
                                        + input.email());
                    });
        }
    }
}

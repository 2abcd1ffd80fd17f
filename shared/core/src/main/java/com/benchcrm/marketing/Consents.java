package com.benchcrm.marketing;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.NotFoundException;
import com.benchcrm.company.ContactRepository;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.persistence.Tx;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Permission;
import java.time.Clock;
import java.util.UUID;

/**
 * Consent per contact ({@code GET|PUT|DELETE /v1/contacts/{id}/consent}): recorded and withdrawn
 * with {@code MARKETING_WRITE}, audited ({@code contact.consent-recorded}, {@code
 * contact.consent-withdrawn}); another tenant's contact is a 404. A contact without consent is never
 * mailed.
 */
public final class Consents {

    private final Transactions transactions;
    private final ContactRepository contacts;
    private final ContactConsentRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    public Consents(
            Transactions transactions,
            ContactRepository contacts,
            ContactConsentRepository repository,
            AuditLog audit,
            Clock clock) {
        this.transactions = transactions;
        this.contacts = contacts;
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    public ContactConsent get(Caller caller, UUID contactId) {
        caller.require(Permission.MARKETING_READ);
        return transactions.inTenant(caller.tenant(), tx -> {
            requireContact(tx, contactId);
            return repository.find(tx, contactId).orElseThrow(() -> new NotFoundException("consent", contactId));
        });
    }

    public ContactConsent record(Caller caller, UUID contactId, ContactConsent.Input input) {
        caller.require(Permission.MARKETING_WRITE);
        input.validate();
        return transactions.inTenant(caller.tenant(), tx -> {
            requireContact(tx, contactId);
            ContactConsent before = repository.find(tx, contactId).orElse(null);
            ContactConsent after = new ContactConsent(
                    contactId, input.basis(), input.givenAt(), input.note(), caller.userId(), clock.instant());
            repository.upsert(tx, after);
            audit.record(tx, caller, "contact.consent-recorded", "contact", contactId, before, after);
            return repository.find(tx, contactId).orElseThrow();
        });
    }

    public void withdraw(Caller caller, UUID contactId) {
        caller.require(Permission.MARKETING_WRITE);
        transactions.inTenant(caller.tenant(), tx -> {
            requireContact(tx, contactId);
            ContactConsent before =
                    repository.find(tx, contactId).orElseThrow(() -> new NotFoundException("consent", contactId));
            repository.delete(tx, contactId);
            audit.record(tx, caller, "contact.consent-withdrawn", "contact", contactId, before, null);
            return null;
        });
    }

    private void requireContact(Tx tx, UUID contactId) {
        if (contacts.find(tx, contactId).isEmpty()) {
            throw new NotFoundException("contact", contactId);
        }
    }
}

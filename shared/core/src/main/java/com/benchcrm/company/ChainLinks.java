package com.benchcrm.company;

import com.benchcrm.common.ValidationException;
import com.benchcrm.persistence.Tx;
import com.benchcrm.requirement.RequirementChain;
import com.benchcrm.requirement.Requirements;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The chain check of requirements: every company a chain names and its contact exist in the tenant
 * (another tenant's id is "does not exist": row-level security hides it), and the contact works for
 * the vendor company. All problems are reported together (422, a pointer per link); nothing is written.
 *
 * <pre>{@code
 * Requirements requirements = new Requirements(tx, db.requirements(), audit, outbox, idempotency, ids, clock,
 *         new ChainLinks(db.companies(), db.contacts()));
 * }</pre>
 */
public final class ChainLinks implements Requirements.ChainCheck {

    private final CompanyRepository companies;
    private final ContactRepository contacts;

    public ChainLinks(CompanyRepository companies, ContactRepository contacts) {
        this.companies = companies;
        this.contacts = contacts;
    }

    @Override
    public void check(Tx tx, RequirementChain chain) {
        if (chain == null || chain.isEmpty()) {
            return;
        }
        List<ValidationException.FieldError> errors = new ArrayList<>();
        company(tx, "/chain/vendorCompanyId", chain.vendorCompanyId(), errors);
        company(tx, "/chain/implementationPartnerId", chain.implementationPartnerId(), errors);
        company(tx, "/chain/primeVendorId", chain.primeVendorId(), errors);
        company(tx, "/chain/endClientId", chain.endClientId(), errors);
        if (chain.vendorContactId() != null) {
            Optional<Contact> contact = contacts.find(tx, chain.vendorContactId());
            if (contact.isEmpty()) {
                errors.add(new ValidationException.FieldError(
                        "/chain/vendorContactId", "no contact " + chain.vendorContactId() + " exists"));
            } else if (chain.vendorCompanyId() != null
                    && !chain.vendorCompanyId().equals(contact.get().companyId())) {
                errors.add(new ValidationException.FieldError(
                        "/chain/vendorContactId",
                        "contact " + chain.vendorContactId()
                                + " works for "
                                + (contact.get().companyId() == null
                                        ? "no company"
                                        : "company " + contact.get().companyId())
                                + ", not for the vendor company " + chain.vendorCompanyId()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private void company(Tx tx, String pointer, UUID id, List<ValidationException.FieldError> errors) {
        if (id != null && companies.find(tx, id).isEmpty()) {
            errors.add(new ValidationException.FieldError(pointer, "no company " + id + " exists"));
        }
    }
}

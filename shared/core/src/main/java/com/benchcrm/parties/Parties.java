package com.benchcrm.parties;

import com.benchcrm.common.ValidationException;
import com.benchcrm.persistence.Tx;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Checks the records a submission or an RTR names, all at once, in the caller's tenant: a record of
 * another tenant, or none at all, is a field error (422), and a contact must work for the named
 * vendor company. Returns the vendor company to use (the contact's when none was named).
 */
public final class Parties {

    private Parties() {}

    /**
     * @param vendorCompanyId may be null (then the contact's company is the vendor, when there is a contact)
     * @return the vendor company id, or null when neither a company nor a contact was named
     * @throws ValidationException listing every reference that does not hold
     */
    public static UUID check(
            Tx tx,
            SubmissionReferences refs,
            UUID consultantId,
            UUID requirementId,
            UUID vendorCompanyId,
            UUID vendorContactId) {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (consultantId != null && !refs.consultantExists(tx, consultantId)) {
            errors.add(new ValidationException.FieldError(
                    "/consultantId", "no consultant " + consultantId + " in your organization"));
        }
        if (requirementId != null && !refs.requirementExists(tx, requirementId)) {
            errors.add(new ValidationException.FieldError(
                    "/requirementId", "no requirement " + requirementId + " in your organization"));
        }
        UUID vendor = vendorCompanyId;
        if (vendorCompanyId != null && refs.company(tx, vendorCompanyId).isEmpty()) {
            errors.add(new ValidationException.FieldError(
                    "/vendorCompanyId", "no company " + vendorCompanyId + " in your organization"));
        }
        if (vendorContactId != null) {
            var contact = refs.contact(tx, vendorContactId);
            if (contact.isEmpty()) {
                errors.add(new ValidationException.FieldError(
                        "/vendorContactId", "no contact " + vendorContactId + " in your organization"));
            } else if (vendorCompanyId == null) {
                vendor = contact.get().companyId();
                if (vendor == null) {
                    errors.add(new ValidationException.FieldError(
                            "/vendorCompanyId", "is required: contact " + vendorContactId + " belongs to no company"));
                }
            } else if (!vendorCompanyId.equals(contact.get().companyId())) {
                errors.add(new ValidationException.FieldError(
                        "/vendorContactId",
                        "contact " + vendorContactId + " works for "
                                + (contact.get().companyId() == null
                                        ? "no company"
                                        : "company " + contact.get().companyId())
                                + ", not for vendor " + vendorCompanyId));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return vendor;
    }
}
